import { type MantineSize, Table, type TableProps, type TableTdProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';

export type DataTableColumn<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  cellProps?: TableTdProps;
};

type DataTableProps<Row> = Omit<TableProps, 'children' | 'data'> & {
  columns: readonly DataTableColumn<Row>[];
  // undefined: nothing loaded yet (the loading state, or nothing while there is no loading flag).
  rows: readonly Row[] | undefined;
  rowKey: (row: Row) => string;
  loading?: boolean;
  loadingHeight?: number;
  loadingSize?: MantineSize;
  error?: unknown;
  onRetry?: () => void;
  // A text is shown dimmed; anything else as given. Nothing when left out.
  empty?: ReactNode;
  caption?: ReactNode;
  // Scrolls sideways below this width instead of squeezing the columns.
  minWidth?: number;
};

/** A table with its loading, error and empty states, so every list in the app behaves alike. */
export const DataTable = <Row,>({
  columns,
  rows,
  rowKey,
  loading = false,
  loadingHeight = 120,
  loadingSize,
  error,
  onRetry,
  empty = null,
  caption,
  minWidth,
  ...tableProps
}: DataTableProps<Row>) => {
  if (loading && rows === undefined) return <Loading minHeight={loadingHeight} size={loadingSize} />;
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (rows === undefined) return null;
  if (rows.length === 0) return typeof empty === 'string' ? <Text c="dimmed">{empty}</Text> : empty;
  const table = (
    <Table {...tableProps}>
      {caption ? <Table.Caption>{caption}</Table.Caption> : null}
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key} scope="col">
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)}>
            {columns.map((column) => (
              <Table.Td key={column.key} {...column.cellProps}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{table}</Table.ScrollContainer> : table;
};
