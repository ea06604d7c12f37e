#include "app/helpcenter/HelpCenterStyle.h"

#include <QCryptographicHash>

namespace DeskBridge::HelpCenter {

namespace {

// Calm and readable: system fonts, high contrast, a visible focus ring, a fluid column that
// works from 320 px phones up; the request tables become stacked cards on narrow screens.
constexpr char kCss[] = R"css(:root {
  --bg: #f6f7f9; --surface: #ffffff; --text: #1b1f24; --muted: #56606b;
  --border: #d5dae0; --accent: #1f5fbf; --accent-dark: #174a96; --focus: #f5a623;
  --error-bg: #fdecea; --error: #8a1c12; --notice-bg: #e8f3ea; --notice: #1e5a2b;
  --radius: 6px;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
  font-size: 1rem; line-height: 1.5;
}
a { color: var(--accent); }
a:hover { color: var(--accent-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: -10000px; top: 0; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--surface); padding: .5rem 1rem;
  z-index: 10; }

.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.site-header .bar { max-width: 64rem; margin: 0 auto; padding: .75rem 1rem;
  display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.5rem; }
.brand { font-weight: 600; font-size: 1.125rem; margin-right: auto; }
.brand .product { color: var(--muted); font-weight: 400; }
.site-nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: center; }
.site-nav a { text-decoration: none; padding: .25rem 0; border-bottom: 2px solid transparent; }
.site-nav a[aria-current="page"] { border-bottom-color: var(--accent); color: var(--text); }
.account { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem;
  color: var(--muted); }
.account form { margin: 0; }
.languages { display: flex; gap: .5rem; font-size: .875rem; }
.languages a[aria-current="true"] { color: var(--text); font-weight: 600; text-decoration: none; }

main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
main.narrow { max-width: 28rem; }
h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.125rem; margin: 2rem 0 .75rem; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
  padding: 1.25rem; }
footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem 2rem; color: var(--muted);
  font-size: .875rem; }

label { display: block; font-weight: 600; margin: 1rem 0 .25rem; }
.hint { color: var(--muted); font-size: .875rem; margin: .25rem 0 0; }
input[type="email"], input[type="password"], input[type="text"], textarea {
  width: 100%; padding: .6rem .75rem; font: inherit; color: inherit; background: var(--surface);
  border: 1px solid #8a939d; border-radius: var(--radius); }
textarea { min-height: 9rem; resize: vertical; }
.actions { margin-top: 1.25rem; display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; }
button, .button { font: inherit; font-weight: 600; cursor: pointer; border-radius: var(--radius);
  padding: .55rem 1.1rem; border: 1px solid var(--accent); background: var(--accent);
  color: #fff; text-decoration: none; display: inline-block; }
button:hover, .button:hover { background: var(--accent-dark); color: #fff; }
button.link { background: none; border: none; color: var(--accent); padding: 0; font-weight: 400;
  text-decoration: underline; }
button.link:hover { color: var(--accent-dark); background: none; }

.error, .notice { border-radius: var(--radius); padding: .75rem 1rem; margin: 0 0 1rem; }
.error { background: var(--error-bg); color: var(--error); border: 1px solid #f1b5ae; }
.notice { background: var(--notice-bg); color: var(--notice); border: 1px solid #b7dcc0; }
.empty { color: var(--muted); padding: 1rem 0; }

.org-tabs { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 1px solid var(--border);
  margin-bottom: 1.25rem; }
.org-tabs a { padding: .5rem .9rem; text-decoration: none; border: 1px solid transparent;
  border-bottom: none; border-radius: var(--radius) var(--radius) 0 0; }
.org-tabs a[aria-current="page"] { background: var(--surface); border-color: var(--border);
  color: var(--text); font-weight: 600; margin-bottom: -1px; }

table.requests { width: 100%; border-collapse: collapse; background: var(--surface);
  border: 1px solid var(--border); border-radius: var(--radius); }
table.requests th, table.requests td { text-align: left; padding: .65rem .85rem;
  border-bottom: 1px solid var(--border); vertical-align: top; }
table.requests th { font-size: .875rem; color: var(--muted); font-weight: 600; }
table.requests td.subject { overflow-wrap: anywhere; }
.pager { margin-top: 1rem; }

.status { display: inline-block; font-size: .8125rem; font-weight: 600; padding: .1rem .55rem;
  border-radius: 999px; background: #e7ebf0; color: #2f3a45; white-space: nowrap; }
.status-new { background: #fff3c4; color: #5c4500; }
.status-open { background: #fde2e1; color: #8a1c12; }
.status-pending { background: #dde9fb; color: #174a96; }
.status-hold { background: #ececec; color: #333; }
.status-solved, .status-closed { background: #e3f1e6; color: #1e5a2b; }

.meta { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1rem; margin: 0 0 1.5rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.comment { background: var(--surface); border: 1px solid var(--border);
  border-radius: var(--radius); padding: 1rem 1.25rem; margin-bottom: .75rem; }
.comment header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .25rem 1rem;
  margin-bottom: .5rem; }
.comment .author { font-weight: 600; }
.comment time { color: var(--muted); font-size: .875rem; }
.comment .body { overflow-wrap: anywhere; }
.reply-not-allowed { color: var(--muted); }

@media (max-width: 40rem) {
  .site-header .bar { padding: .75rem; }
  main { padding: 1rem .75rem 2rem; }
  table.requests, table.requests tbody, table.requests tr, table.requests td { display: block; }
  table.requests thead { position: absolute; left: -10000px; }
  table.requests tr { border-bottom: 1px solid var(--border); padding: .5rem 0; }
  table.requests td { border: none; padding: .2rem .85rem; }
  table.requests td[data-label]::before { content: attr(data-label) ": "; color: var(--muted);
    font-size: .875rem; }
  table.requests td.subject::before { content: none; }
  .meta { grid-template-columns: 1fr; }
  .meta dd { margin-bottom: .5rem; }
}
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
)css";

} // namespace

QByteArray HelpCenterStyle::css() {
    return QByteArray::fromRawData(kCss, sizeof(kCss) - 1);
}

QByteArray HelpCenterStyle::etag() {
    static const QByteArray tag = [] {
        QByteArray t("W/\"");
        t.append(QCryptographicHash::hash(css(), QCryptographicHash::Sha256).toHex().left(16));
        t.append('"');
        return t;
    }();
    return tag;
}

} // namespace DeskBridge::HelpCenter
