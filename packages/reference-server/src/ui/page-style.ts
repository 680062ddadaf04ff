import { createHash } from 'node:crypto';

// Every page must fit an 800-px window: the header wraps, form controls never grow past their
// column, and wide tables or SQL scroll inside their own box (`.scroll`, `pre`), not the page.
export const PAGE_STYLE = `
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"DejaVu Sans",sans-serif;margin:0;color:#1d2733;background:#f6f8fa}
header{background:#0b3954;color:#fff;padding:8px 20px;display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center}
header a{color:#d6ecff;text-decoration:none}header a.active{color:#fff;font-weight:600}
header .brand{font-weight:700;margin-right:12px}header form{margin-left:auto}
header button{background:transparent;border:1px solid #8fb8d8;color:#d6ecff;padding:2px 10px}
main{padding:18px 20px;max-width:1200px}
h1{font-size:20px;margin:4px 0 14px;overflow-wrap:anywhere}h2{font-size:16px;margin:18px 0 8px}
h3{font-size:14px;margin:12px 0 6px}
.scroll{max-width:100%;overflow-x:auto;margin:6px 0 14px}
.scroll.tall{max-height:360px;overflow-y:auto}
table{border-collapse:collapse;background:#fff;min-width:320px}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef2f6}
td.num{text-align:right;font-variant-numeric:tabular-nums}td.when{white-space:nowrap}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;white-space:nowrap}
.badge.data_changed{background:#fff1c2;color:#7a5200}.badge.schema_changed{background:#ffd8d6;color:#86181d}
.badge.unchanged,.badge.saved,.badge.rebaselined{background:#dcf5e3;color:#14532d}
.badge.pending{background:#ffe9c7;color:#7a4100}
.badge.additive{background:#dcf5e3;color:#14532d}.badge.breaking{background:#ffd8d6;color:#86181d}
.badge.active{background:#dcf5e3}.badge.pending_review{background:#ffe9c7}.badge.merged{background:#e3e8ff}
form.inline{display:inline}input,select,textarea,button{font:inherit;max-width:100%}
textarea{width:100%;max-width:760px}
button{background:#0b3954;color:#fff;border:0;border-radius:4px;padding:5px 12px;cursor:pointer}
button.secondary{background:#586a7a}button.danger{background:#a40e26}
pre{background:#fff;border:1px solid #d0d7de;padding:8px;overflow:auto;max-width:100%;white-space:pre-wrap;overflow-wrap:anywhere}
.error{background:#ffebe9;border:1px solid #ff8182;padding:8px 10px;margin:8px 0}
.notice{background:#ddf4ff;border:1px solid #54aeff;padding:8px 10px;margin:8px 0}.muted{color:#5b6b7b}
.row{display:flex;gap:14px;flex-wrap:wrap;align-items:end}.row>*{min-width:0;max-width:100%}
label{display:block;font-weight:600;margin:6px 0 2px}
nav.toc{background:#fff;border:1px solid #d0d7de;padding:6px 10px;margin:0 0 12px;display:flex;flex-wrap:wrap;gap:4px 14px}
.summary{display:flex;flex-wrap:wrap;gap:10px;margin:0 0 12px;padding:0;list-style:none}
.summary li{background:#fff;border:1px solid #d0d7de;padding:6px 12px;min-width:120px}
.summary b{display:block;font-size:20px}
details.dataset{background:#fff;border:1px solid #d0d7de;margin:8px 0;padding:4px 10px}
details.dataset summary{cursor:pointer;font-weight:600;padding:4px 0}
.actions{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:8px 0}
`;

/**
 * The Content-Security-Policy source that allows exactly this inline stylesheet and no other:
 * the pages need no inline script at all, and an injected `<style>` would not match.
 */
export const PAGE_STYLE_SOURCE = `'sha256-${createHash('sha256')
  .update(PAGE_STYLE)
  .digest('base64')}'`;
