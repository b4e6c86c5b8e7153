import type { CsvColumn } from '@klarsicht/api-core';
import type { PortfolioRow } from './portfolio-report.pdf';

/** The clients list's filter, from the query string (docs/api.md § Reports). */
export type PortfolioExportFilter = {
  search?: string;
  level?: 'RED' | 'AMBER' | 'GREEN';
  assignedDpoId?: string;
  archived?: boolean;
};

type Row = PortfolioRow & { assignedDpo: string | null };

export const PORTFOLIO_XLSX_COLUMNS: readonly (CsvColumn<Row> & { width?: number })[] = [
  { key: 'name', de: 'Mandant', en: 'Client', kind: 'text', width: 36 },
  { key: 'city', de: 'Ort', en: 'City', kind: 'text', width: 18 },
  { key: 'level', de: 'Ampel', en: 'Level', kind: 'text', width: 9 },
  { key: 'score', de: 'Punktzahl', en: 'Score', kind: 'number', width: 10 },
  { key: 'openTasks', de: 'Offene Aufgaben', en: 'Open tasks', kind: 'number', width: 15 },
  { key: 'overdueTasks', de: 'Überfällige Aufgaben', en: 'Overdue tasks', kind: 'number', width: 19 },
  { key: 'nextReviewAt', de: 'Nächste Prüfung', en: 'Next review', kind: 'timestamp' },
  { key: 'assignedDpo', de: 'Zuständige/r DSB', en: 'Assigned DPO', kind: 'text', width: 24 },
];
