/** One line of ConfirmTable: a secret row shows neither its value nor its length. */
export interface ConfirmRow {
  label: string;
  value: string | null;
  secret?: boolean;
}
