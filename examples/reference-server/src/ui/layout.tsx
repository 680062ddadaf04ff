import type { Child } from 'hono/jsx';

const STYLE = `
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:0;color:#1d2733;background:#f6f8fa}
header{background:#0b3954;color:#fff;padding:10px 20px;display:flex;gap:18px;align-items:center}header a{color:#d6ecff;text-decoration:none}header a.active{color:#fff;font-weight:600}
header .brand{font-weight:700;margin-right:12px}main{padding:18px 20px;max-width:1200px}
h1{font-size:20px;margin:4px 0 14px}h2{font-size:16px;margin:18px 0 8px}
table{border-collapse:collapse;background:#fff;margin:6px 0 14px;min-width:320px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef2f6}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600}
.badge.data_changed{background:#fff1c2;color:#7a5200}.badge.schema_changed{background:#ffd8d6;color:#86181d}.badge.unchanged{background:#dcf5e3;color:#14532d}.badge.pending{background:#ffe9c7;color:#7a4100}
.badge.additive{background:#dcf5e3;color:#14532d}.badge.breaking{background:#ffd8d6;color:#86181d}.badge.active{background:#dcf5e3}.badge.pending_review{background:#ffe9c7}.badge.merged{background:#e3e8ff}
form.inline{display:inline}input,select,textarea,button{font:inherit}textarea{width:100%;max-width:760px}button{background:#0b3954;color:#fff;border:0;border-radius:4px;padding:5px 12px;cursor:pointer}
button.secondary{background:#586a7a}pre{background:#fff;border:1px solid #d0d7de;padding:8px;overflow:auto;max-width:1100px}.error{background:#ffebe9;border:1px solid #ff8182;padding:8px 10px;margin:8px 0}
.notice{background:#ddf4ff;border:1px solid #54aeff;padding:8px 10px;margin:8px 0}.muted{color:#5b6b7b}.row{display:flex;gap:14px;flex-wrap:wrap;align-items:end}label{display:block;font-weight:600;margin:6px 0 2px}
`;

const NAV: Array<[string, string]> = [
  ['/ui', 'Schema'],
  ['/ui/query', 'Ask'],
  ['/ui/reports', 'Reports'],
  ['/ui/conflicts', 'Conflicts'],
  ['/ui/ingest', 'Ingest'],
];

export function Layout(props: { title: string; active?: string; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Living Schema</title>
        <style dangerouslySetInnerHTML={{ __html: STYLE }} />
      </head>
      <body>
        <header>
          <span class="brand">Living Schema</span>
          {NAV.map(([href, label]) => (
            <a href={href} class={props.active === href ? 'active' : ''}>
              {label}
            </a>
          ))}
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

export function ResultTable(props: { columns: string[]; rows: unknown[][]; id?: string }) {
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return (
    <table id={props.id}>
      <thead>
        <tr>{props.columns.map((c) => <th>{c}</th>)}</tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr>{row.map((v) => <td>{cell(v)}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}
