import type { Child } from 'hono/jsx';
import { PAGE_STYLE } from './page-style.js';
import { CsrfField } from './csrf-field.js';


const NAV: Array<[string, string]> = [
  ['/ui', 'Schema'],
  ['/ui/query', 'Ask'],
  ['/ui/reports', 'Reports'],
  ['/ui/conflicts', 'Conflicts'],
  ['/ui/ingest', 'Ingest'],
];

/**
 * The page frame: navigation, and a Sign out button (a POST form, so a link preview or a
 * prefetch cannot sign anyone out). `signedOut` hides the button on the sign-in pages.
 */
export function Layout(props: {
  title: string;
  active?: string;
  signedOut?: boolean;
  children?: Child;
}) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · Living Schema</title>
        <style dangerouslySetInnerHTML={{ __html: PAGE_STYLE }} />
      </head>
      <body>
        <header>
          <span class="brand">Living Schema</span>
          {NAV.map(([href, label]) => (
            <a href={href} class={props.active === href ? 'active' : ''}>
              {label}
            </a>
          ))}
          {props.signedOut ? null : (
            <form method="post" action="/ui/logout" id="sign-out">
              <CsrfField />
              <button type="submit">Sign out</button>
            </form>
          )}
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

/** A table too wide for the window scrolls inside this box; `tall` also caps its height. */
export function Scroll(props: { tall?: boolean; children?: Child }) {
  return <div class={props.tall ? 'scroll tall' : 'scroll'}>{props.children}</div>;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Columns and rows as a table in its own scroll box. */
export function ResultTable(props: { columns: string[]; rows: unknown[][]; id?: string }) {
  return (
    <Scroll>
      <table id={props.id}>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr>
              {row.map((v) => (
                <td>{cellText(v)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** The `?notice=` message a form's redirect carries, if any. */
export function Notice(props: { text?: string }) {
  return props.text ? (
    <div class="notice" id="notice">
      {props.text}
    </div>
  ) : null;
}
