/** One series of a statistics bar chart: its legend and one value per label. */
export interface ChartSeries {
  label: string;
  values: readonly number[];
}
