import { Field, ProgressBar } from "@fluentui/react-components";
import type { GaugeView } from "../../app/pane-view";
import { percent } from "../format";

export interface GaugeProps extends GaugeView {
  readonly label: string;
  /** The convention's alert threshold, said when the gauge is near it. */
  readonly warnAt?: string | null;
}

/** A rate as a bar with its value in words: role="progressbar", labelled by the field. */
export function Gauge({ label, rate, standing, warnAt }: GaugeProps) {
  if (rate === null) {
    return (
      <Field
        label={label}
        validationMessage="Non calculable : le plafond est nul."
        validationState="none"
      >
        <ProgressBar value={0} aria-valuetext="non calculable" />
      </Field>
    );
  }
  // Where the credit stands is judged on exact amounts (the indicator catalogue), not on the
  // rounded rate: 100 004 € on 100 000 € is exceeded though it prints as 100,00 %.
  const value = Number(rate);
  const over = standing === "exceeded";
  const near = standing === "near";
  const text = percent(rate);
  const message = over
    ? `${text} : plafond dépassé`
    : near
      ? `${text} : seuil d'alerte atteint (${percent(warnAt ?? null)})`
      : text;
  return (
    <Field
      label={label}
      validationMessage={message}
      validationState={over ? "error" : near ? "warning" : "none"}
    >
      <ProgressBar
        value={Math.max(0, Math.min(value, 1))}
        max={1}
        thickness="large"
        color={over ? "error" : near ? "warning" : "brand"}
        aria-valuetext={text}
      />
    </Field>
  );
}
