import { Money, rate, sum } from "../money";

/** The indicators of domain.md for one UO and year, or for the whole convention. */
export interface Figures {
  readonly ceilingAE: Money;
  readonly ceilingCP: Money;
  /** CP of the "À rétablir" ceiling lines: counted in the ceiling, pending until restored. */
  readonly pendingReestablishment: Money;
  readonly engagedAE: Money;
  readonly paidCP: Money;
  readonly availableAE: Money;
  readonly availableCP: Money;
  /** Restes à payer: engaged AE − paid CP. */
  readonly outstanding: Money;
  readonly engagementRate: Money | null;
  readonly cpConsumptionRate: Money | null;
}

export interface LineFigures extends Figures {
  readonly centreFinancier: string;
  readonly year: number;
  readonly forecastCP: Money;
  readonly forecastAE: Money;
}

export interface Amounts {
  ceilingAE: Money;
  ceilingCP: Money;
  pendingReestablishment: Money;
  engagedAE: Money;
  paidCP: Money;
}

export function figures(a: Amounts): Figures {
  return {
    ...a,
    availableAE: a.ceilingAE.minus(a.engagedAE),
    availableCP: a.ceilingCP.minus(a.paidCP),
    outstanding: a.engagedAE.minus(a.paidCP),
    engagementRate: rate(a.engagedAE, a.ceilingAE),
    cpConsumptionRate: rate(a.paidCP, a.ceilingCP),
  };
}

export function total(lines: readonly Figures[]): Figures {
  return figures({
    ceilingAE: sum(lines.map((l) => l.ceilingAE)),
    ceilingCP: sum(lines.map((l) => l.ceilingCP)),
    pendingReestablishment: sum(lines.map((l) => l.pendingReestablishment)),
    engagedAE: sum(lines.map((l) => l.engagedAE)),
    paidCP: sum(lines.map((l) => l.paidCP)),
  });
}
