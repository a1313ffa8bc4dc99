/// The report's style sheet: system fonts, a calm palette where colour means status, a layout
/// that folds to one column on a phone, and print rules for paper (no navigation or controls,
/// each machine on its own page, colours kept for the status marks).
enum HTMLStyle {
    static let css = #"""
:root {
  --ink: #1b2130; --muted: #5d6577; --line: #e2e5eb; --soft: #f5f6f8; --paper: #fff; --link: #1f4fbf;
  --confirmed: #b42318; --confirmed-soft: #fdf0ee;
  --likely: #a4520c; --likely-soft: #fdf5e6;
  --exposed: #5b3fb0; --exposed-soft: #f3f1fc;
  --ruled-out: #596273; --ruled-out-soft: #f1f3f6;
  --ok: #12703f; --ok-soft: #ebf7f0;
  --act: #1d4fb8; --act-soft: #edf2fd;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 var(--sans); color: var(--ink); background: var(--soft); }
.wrap { max-width: 74rem; margin: 0 auto; padding: 0 1.25rem; }
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 2px; }
code, .mono { font-family: var(--mono); font-size: 0.88em; }
code { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 0.25em; overflow-wrap: anywhere; }
h1, h2, h3, h4, h5 { line-height: 1.25; margin: 0; }
p { margin: 0.35rem 0; }
.muted { color: var(--muted); }
.small { font-size: 0.87em; }
.strong { font-weight: 600; }
.nowrap { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }

.page-header { background: var(--paper); border-bottom: 1px solid var(--line); padding: 1.5rem 0 0.75rem; }
.brand { color: var(--muted); font-size: 0.85rem; letter-spacing: 0.04em; text-transform: uppercase; margin: 0 0 0.25rem; }
.page-header h1 { font-size: 1.75rem; font-weight: 650; }
.run { display: flex; flex-wrap: wrap; gap: 0.25rem 1.75rem; margin: 0.9rem 0 0.5rem; font-size: 0.87rem; }
.run div { min-width: 0; }
.run dt { color: var(--muted); font-size: 0.78rem; text-transform: uppercase; letter-spacing: 0.04em; }
.run dd { margin: 0; overflow-wrap: anywhere; }
.run div:first-child { flex-basis: 100%; }
.toc { display: flex; gap: 1.25rem; font-size: 0.9rem; margin-top: 0.5rem; }

main { padding: 1.25rem 1.25rem 2rem; }
.section-title { font-size: 1.3rem; font-weight: 650; margin: 1.75rem 0 0.75rem; }
section:first-child > .section-title { margin-top: 0.5rem; }
.alert { background: var(--confirmed-soft); border: 1px solid #f4c7c1; color: #7a1a11; border-radius: 8px; padding: 0.6rem 0.9rem; }
.lead { font-size: 1.15rem; margin: 0 0 1rem; }
.intro { background: var(--act-soft); border: 1px solid #cbd8f6; border-radius: 8px; padding: 0.6rem 0.9rem; }
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 1rem 1.1rem; margin: 0 0 1rem; min-width: 0; }
.panel h3, .panel h4 { font-size: 1rem; font-weight: 650; margin-bottom: 0.6rem; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; align-items: start; }
.columns > .panel { margin: 0; }
.scroll { overflow-x: auto; }

.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0.75rem; margin-bottom: 1rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 10px; padding: 0.7rem 0.9rem; }
.card-value { display: block; font-size: 1.9rem; font-weight: 650; line-height: 1.1; font-variant-numeric: tabular-nums; }
.card-label { color: var(--muted); font-size: 0.9rem; }
.card.tone-act { border-left-color: var(--act); }
.card.tone-act .card-value { color: var(--act); }
.card.tone-ok { border-left-color: var(--ok); }

.bars { list-style: none; margin: 0; padding: 0; }
.bar { padding: 0.45rem 0; border-top: 1px solid var(--line); }
.bar:first-child { border-top: 0; padding-top: 0; }
.bar-head { display: flex; justify-content: space-between; gap: 1rem; font-weight: 600; }
.bar-count { color: var(--muted); font-weight: 400; font-variant-numeric: tabular-nums; white-space: nowrap; }
.meter { display: block; width: 100%; height: 6px; margin: 0.3rem 0; border-radius: 3px; }
.meter-back { fill: var(--soft); }
.meter-fill { fill: #8a93a6; }
.bar.tone-act .meter-fill { fill: var(--act); }
.bar.tone-minimum .meter-fill { fill: #7d9be0; }
.bar.tone-ok .meter-fill { fill: var(--ok); }
.bar.tone-unknown .meter-fill { fill: #c3c8d2; }
.chips { display: flex; flex-wrap: wrap; gap: 0.3rem; margin: 0.2rem 0 0; }
.chips a { font-size: 0.82rem; background: var(--soft); border: 1px solid var(--line); border-radius: 999px; padding: 0 0.55rem; text-decoration: none; }

table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
.hosts th, .hosts td { padding: 0.4rem 0.4rem; }
thead th { font-size: 0.8rem; color: var(--muted); font-weight: 600; border-bottom: 1px solid #cfd4dd; }
tbody th { font-weight: 600; }
tbody tr:last-child > * { border-bottom: 0; }
th.num, td.num { text-align: right; }
.count-confirmed { color: var(--confirmed); font-weight: 600; }
.count-likely { color: var(--likely); font-weight: 600; }
.count-exposed { color: var(--exposed); font-weight: 600; }
td.zero { color: #a3aab6; font-weight: 400; }
.hosts tbody tr > :first-child { border-left: 3px solid transparent; }
.hosts tr.tone-confirmed > :first-child { border-left-color: var(--confirmed); }
.hosts tr.tone-likely > :first-child { border-left-color: var(--likely); }
.hosts tr.tone-exposed > :first-child { border-left-color: var(--exposed); }
.hosts tr.tone-ok > :first-child { border-left-color: var(--ok); }
.hosts thead button { all: inherit; cursor: pointer; padding: 0; }
.hosts thead button::after { content: " ↕"; opacity: 0.35; }
.hosts th[aria-sort="ascending"] button::after { content: " ↑"; opacity: 1; }
.hosts th[aria-sort="descending"] button::after { content: " ↓"; opacity: 1; }
.controls { display: flex; flex-wrap: wrap; gap: 0.6rem 1.25rem; align-items: center; margin-bottom: 0.6rem; font-size: 0.9rem; }
.controls input, .controls select { font: inherit; padding: 0.3rem 0.5rem; border: 1px solid #c9ced8; border-radius: 6px; background: var(--paper); color: inherit; }
.controls input { width: 16rem; max-width: 100%; }

.pill { display: inline-block; font-size: 0.75rem; font-weight: 600; line-height: 1.5; padding: 0 0.5rem; border-radius: 999px; background: var(--soft); border: 1px solid var(--line); white-space: nowrap; vertical-align: 0.1em; }
.pill.status-confirmed { color: var(--confirmed); background: var(--confirmed-soft); border-color: #f2c4bd; }
.pill.status-likely { color: var(--likely); background: var(--likely-soft); border-color: #f0d3a8; }
.pill.status-exposed { color: var(--exposed); background: var(--exposed-soft); border-color: #d6cdf3; }
.pill.status-ruled-out { color: var(--ruled-out); background: var(--ruled-out-soft); }
.sev { font-size: 0.72rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin-left: 0.25rem; }
.sev-critical, .sev-high { color: var(--confirmed); }

.host { background: var(--paper); border: 1px solid var(--line); border-top: 4px solid var(--ok); border-radius: 12px; padding: 1.1rem 1.25rem 0.75rem; margin: 0 0 1.5rem; }
.host.tone-confirmed { border-top-color: var(--confirmed); }
.host.tone-likely { border-top-color: var(--likely); }
.host.tone-exposed { border-top-color: var(--exposed); }
.host-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 1rem; }
.host-head h3 { font-size: 1.35rem; font-weight: 650; overflow-wrap: anywhere; }
.host-meta { color: var(--muted); margin: 0; }
.host .panel { background: var(--paper); }
.host h4 { font-size: 1rem; font-weight: 650; margin: 1.1rem 0 0.5rem; }
.host .panel h4 { margin-top: 0; }
.verdict { border-radius: 8px; padding: 0.6rem 0.9rem; margin: 0.75rem 0 1rem; background: var(--act-soft); border: 1px solid #cbd8f6; }
.verdict-head { font-size: 1.15rem; font-weight: 650; color: var(--act); margin: 0; }
.verdict.tone-ok { background: var(--ok-soft); border-color: #bfe3cd; }
.verdict.tone-ok .verdict-head { color: var(--ok); }
.resolves { list-style: none; padding: 0; margin: 0.25rem 0 0; }
.resolves li { padding: 0.2rem 0; }
.host > .panel { margin: 0 0 1rem; }
.facts th, .facts td { padding: 0.3rem 0.5rem; }
.facts th[scope="row"] { width: 11rem; }
.facts td.strong { width: 30%; overflow-wrap: anywhere; }
.facts td.small { color: var(--muted); overflow-wrap: anywhere; }
.facts tr.given td.strong { color: var(--act); }
.conflict { color: var(--likely); }

.timeline { margin: 1rem 0 0.5rem; }
.trends { margin: 1rem 0 0.5rem; }
.trend { margin: 0 0 1rem; }
.trend figcaption { font-size: 0.9rem; margin-bottom: 0.3rem; }
.trend.rising figcaption { color: var(--likely); }
.trend svg { max-width: 100%; height: auto; }
.weekly caption { text-align: left; font-size: 0.9rem; padding: 0.3rem 0; }
.weekly th, .weekly td { padding: 0.2rem 0.5rem; }
.week-bar rect { fill: var(--act); }
.tl { border: 1px solid var(--line); border-radius: 10px; padding: 0.5rem 0.75rem 0.6rem; }
.tl-row { display: grid; grid-template-columns: 11rem 1fr; align-items: center; gap: 0.75rem; min-height: 1.6rem; }
.tl-label { font-size: 0.85rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.tl-track { width: 100%; height: 24px; display: block; overflow: visible; }
.tl-ticks { position: relative; height: 1.3rem; }
.tl-tick { position: absolute; top: 0; transform: translateX(-50%); font-size: 0.72rem; color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.tl-base { stroke: var(--line); stroke-width: 1px; }
.tl-grid { stroke: #eef0f4; stroke-width: 1px; }
.tl-mark { stroke: #6b7385; stroke-width: 2px; }
.tl-row.tone-boot .tl-mark { stroke: var(--ok); }
.tl-row.tone-unclean .tl-mark { stroke: var(--confirmed); stroke-width: 3px; }
.tl-row.tone-clean .tl-mark { stroke: #9aa2b1; }
.tl-row.tone-restart .tl-mark { stroke: #2f6f9f; }
.tl-row.tone-confirmed .tl-mark { stroke: var(--confirmed); }
.tl-row.tone-likely .tl-mark { stroke: var(--likely); }
.tl-row.tone-exposed .tl-mark { stroke: var(--exposed); }
.tl-row.tone-ruled-out .tl-mark { stroke: #b3b9c4; }

.group { margin: 0.5rem 0 1rem; }
.differentials h5 { font-size: 0.95rem; margin: 0.5rem 0; }
.differential { border: 1px solid var(--line); border-radius: 8px; padding: 0.6rem 0.9rem; margin: 0 0 0.75rem; background: #fbfbfc; }
.candidates { margin: 0.3rem 0 0.5rem; padding-left: 1.4rem; }
.candidates li { padding: 0.15rem 0; }
.facts-list { margin: 0; font-size: 0.9rem; }
.facts-list div { display: grid; grid-template-columns: 9rem 1fr; gap: 0.6rem; padding: 0.15rem 0; }
.facts-list dt { color: var(--muted); }
.facts-list dd { margin: 0; }
.group h5 { font-size: 0.95rem; margin: 0.75rem 0 0.5rem; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; margin: 0 0 0.75rem; }
.finding.status-confirmed { border-left-color: var(--confirmed); }
.finding.status-likely { border-left-color: var(--likely); }
.finding.status-exposed { border-left-color: var(--exposed); }
.finding.status-ruled-out { border-left-color: #c3c8d2; background: #fbfbfc; }
.finding-id { margin: 0; font-size: 0.9rem; }
.finding-title { font-size: 1.05rem; font-weight: 650; margin: 0.15rem 0 0.35rem; }
.evidence { background: var(--soft); border-radius: 6px; padding: 0.5rem 0.7rem; margin: 0.5rem 0; }
.evidence-head { margin: 0 0 0.2rem; }
.evidence-detail { margin: 0.1rem 0; font-size: 0.9rem; }
.events { margin-top: 0.35rem; font-size: 0.84rem; background: var(--paper); border-radius: 4px; }
.events td.message { min-width: 16rem; overflow-wrap: anywhere; }
.missing { border-left: 3px solid var(--likely); padding: 0.1rem 0 0.1rem 0.7rem; margin: 0.5rem 0; }
.reason { margin: 0.5rem 0; }
.remedy { margin: 0.5rem 0; }
details > summary { cursor: pointer; color: var(--link); font-size: 0.9rem; }
.checks ul { margin: 0.35rem 0; padding-left: 1.1rem; font-size: 0.88rem; }
.check-result { font-weight: 600; font-size: 0.78rem; text-transform: uppercase; }
.check-yes .check-result { color: var(--ok); }
.check-no .check-result { color: var(--confirmed); }
.check-unknown .check-result { color: var(--likely); }
.host-files { margin: 0.75rem 0 0.25rem; }
.host-files ul { margin: 0.3rem 0; padding-left: 1.1rem; }

.files .inputs th.mono { font-weight: 500; overflow-wrap: anywhere; min-width: 18rem; }
.files .subhead { font-size: 1rem; margin: 1.1rem 0 0.3rem; }
.inputs tr.failed > * { background: var(--confirmed-soft); }
.problems { margin: 0; padding-left: 1rem; font-size: 0.85rem; overflow-wrap: anywhere; }
.plain { padding-left: 1.1rem; }
.page-footer { color: var(--muted); font-size: 0.82rem; padding: 1rem 0 2rem; border-top: 1px solid var(--line); }

.defects td.fixed-in { white-space: nowrap; }
.defects td.spread { min-width: 15rem; }
.defects td.spread p { margin: 0 0 0.2rem; font-size: 0.85rem; }
.defects td.spread .pill { margin-right: 0.3rem; }

@media (max-width: 40rem) {
  body { font-size: 14px; }
  .facts thead, .hosts thead, .events thead, .inputs thead, .defects thead { display: none; }
  .facts tr, .hosts tbody tr, .events tr, .inputs tr, .defects tr { display: grid; gap: 0.1rem 0.6rem; padding: 0.45rem 0.2rem; border-bottom: 1px solid var(--line); }
  .facts th, .facts td, .hosts th, .hosts td, .events td, .inputs th, .inputs td, .defects td { border: 0; padding: 0; text-align: left; width: auto !important; min-width: 0 !important; }
  .facts tr { grid-template-columns: 9rem 1fr; }
  .facts td.small { grid-column: 1 / -1; }
  .hosts tbody tr { grid-template-columns: repeat(3, 1fr); border-left: 3px solid var(--line); padding-left: 0.5rem; }
  .hosts tbody tr > :first-child { border-left: 0; grid-column: 1 / -1; }
  .hosts tr.tone-confirmed { border-left-color: var(--confirmed); }
  .hosts tr.tone-likely { border-left-color: var(--likely); }
  .hosts tr.tone-exposed { border-left-color: var(--exposed); }
  .hosts tr.tone-ok { border-left-color: var(--ok); }
  .hosts td::before, .inputs td::before { content: attr(data-label); display: block; font-size: 0.72rem; color: var(--muted); font-weight: 400; }
  .events tr { grid-template-columns: auto 1fr auto; }
  .events td.place, .events td.message { grid-column: 1 / -1; }
  .inputs tr { grid-template-columns: repeat(3, 1fr); }
  .inputs th, .inputs td.problem-cell { grid-column: 1 / -1; }
  .defects tr { grid-template-columns: 1fr auto; }
  .defects td.spread { grid-column: 1 / -1; }
  .defects td.fixed-in { white-space: normal; text-align: right; }
  .wrap, main { padding-left: 0.8rem; padding-right: 0.8rem; }
  .page-header h1 { font-size: 1.35rem; }
  .columns { grid-template-columns: 1fr; }
  .cards { grid-template-columns: 1fr 1fr; }
  .host { padding: 0.9rem 0.8rem 0.5rem; }
  .hosts .optional { display: none !important; }
  .tl-row { grid-template-columns: 1fr; gap: 0; }
  .tl-axis .tl-label { display: none; }
  .facts td.small { font-size: 0.8rem; }
  .facts-list div { grid-template-columns: 1fr; gap: 0; }
}

@media print {
  @page { margin: 14mm 12mm; }
  body { background: #fff; font-size: 9.5pt; }
  .page-header { border: 0; padding-top: 0; }
  .toc, .controls, .host-files, .checks { display: none !important; }
  .wrap, main { max-width: none; padding: 0; }
  .panel, .host, .finding, .card { border-color: #bbb; break-inside: avoid-page; }
  #machines, #files, .host + .host { break-before: page; }
  .host { border-radius: 0; }
  .section-title, h3, h4, h5 { break-after: avoid-page; }
  .finding, .evidence, .timeline, .trend, .verdict, tr { break-inside: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; text-decoration: none; }
  .pill, .card, .host, .finding, .verdict, .tl-mark, .meter-fill, .inputs tr.failed > * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"""#
}
