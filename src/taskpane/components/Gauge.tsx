import { Field, ProgressBar } from "@fluentui/react-components";
import { percent } from "../format";

export interface GaugeProps {
  readonly label: string;
  /** The summary's rate string ("0.8182"), null when the ceiling is zero. */
  readonly rate: string | null;
  /** Rate from which the gauge turns to a warning (the convention's alert threshold). */
  readonly warnAt?: string | null;
}

/** A rate as a bar with its value in words: role="progressbar", labelled by the field. */
export function Gauge({ label, rate, warnAt }: GaugeProps) {
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
  const value = Number(rate);
  const over = value > 1;
  const near = !over && warnAt !== null && warnAt !== undefined && value >= Number(warnAt);
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
