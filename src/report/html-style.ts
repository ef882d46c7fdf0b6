/** The page's only styling, inline: the report opens offline and makes no requests. */
export const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1d1d1f; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
table { border-collapse: collapse; } th, td { border: 1px solid #c9c9cf; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f2f2f5; font-weight: 600; } th.source { max-width: 160px; overflow-wrap: anywhere; }
td.what { max-width: 260px; } td.cell { min-width: 90px; max-width: 220px; }
.v-conflict { background: #f9c8c4; } .v-compatible { background: #fde7b0; } .v-agree { background: #c9ecc9; }
.v-single { background: #ececf0; } .v-none { background: #fff; } td.empty { background: #fafafa; color: #9a9aa2; text-align: center; }
td.cell.hit { box-shadow: inset 0 0 0 2px #b3261e; font-weight: 600; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; }
details { margin: 0 0 2px; } summary { cursor: pointer; } details p { margin: 4px 0; font-weight: 400; }
.loc { font: 12px ui-monospace, monospace; color: #55555c; overflow-wrap: anywhere; }
.legend span { margin-right: 10px; padding: 2px 8px; border-radius: 8px; }
ul.plain { padding-left: 18px; } .reason { color: #44444a; font-size: 13px; }
`;
