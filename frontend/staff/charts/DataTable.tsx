/**
 * @module
 * The table beside every chart: the same figures as text, so a screen reader
 * (or a member of staff copying a figure into the plan's report) never has to
 * read a picture. The first column heads each row.
 */

export interface TableRow {
  key: string;
  head: string;
  cells: string[];
  highlight?: boolean;
}

export const DataTable = ({ caption, columns, rows }: { caption: string; columns: string[]; rows: TableRow[] }) => (
  // On a phone the table scrolls sideways inside this box, so the box takes keyboard focus and is named by the caption.
  <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={c} scope="col" class={i > 0 ? 'num' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} class={r.highlight ? 'highlight' : undefined}>
            <th scope="row">{r.head}</th>
            {r.cells.map((cell, i) => (
              <td key={i} class="num">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
