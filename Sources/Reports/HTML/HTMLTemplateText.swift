/// The built-in HTML page, as Mustache templates: the page, then one part per section. Text
/// goes in only through `{{name}}`, escaped by `HTMLEscaping` (see there); the script and the
/// style are fixed text, never built from data.
enum HTMLTemplateText {
    static let report = #"""
{{% CONTENT_TYPE: NTDIAG_HTML }}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ntdiag {{header.version}}">
<title>{{title}}</title>
<style>
{{> style}}
</style>
</head>
<body>
<header class="page-header">
<div class="wrap">
<p class="brand">ntdiag · {{#isAudit}}fleet audit{{/isAudit}}{{^isAudit}}diagnosis{{/isAudit}}</p>
<h1>{{title}}</h1>
<dl class="run">
<div><dt>Command</dt><dd><code>{{header.command}}</code></dd></div>
<div><dt>Read</dt><dd>{{header.read}}</dd></div>
<div><dt>Rules</dt><dd>{{header.rules}} known defects</dd></div>
<div><dt>Version</dt><dd>ntdiag {{header.version}}</dd></div>
<div><dt>Generated</dt><dd><time datetime="{{header.generated}}">{{header.generated}}</time></dd></div>
</dl>
<nav class="toc" aria-label="Contents">{{#isAudit}}<a href="#fleet">Fleet</a>{{/isAudit}}{{#hasHosts}}<a href="#machines">Machines</a>{{/hasHosts}}{{#hasFiles}}<a href="#files">Files</a>{{/hasFiles}}</nav>
</div>
</header>
<main class="wrap">
{{#alerts}}
<p class="alert" role="alert">{{.}}</p>
{{/alerts}}
{{#intro}}
<p class="intro">{{.}}</p>
{{/intro}}
{{#fleet}}
{{> fleet}}
{{/fleet}}
{{#hasHosts}}
<section id="machines" aria-labelledby="machines-title">
<h2 class="section-title" id="machines-title">Machines</h2>
{{#hosts}}
{{> host}}
{{/hosts}}
</section>
{{/hasHosts}}
{{#hasFiles}}
{{> files}}
{{/hasFiles}}
{{^hasFiles}}{{#notes}}<p class="small">Note: {{.}}</p>{{/notes}}{{/hasFiles}}
</main>
<footer class="page-footer"><div class="wrap">Written by ntdiag {{header.version}} from the event logs listed under Files. Statuses: <b>confirmed</b> — the symptom is in the logs and every condition holds; <b>likely</b> — the symptom is there, some conditions are unknown; <b>exposed</b> — no symptom yet, but the known facts say the machine has the defect; <b>ruled out</b> — the symptom is there but a known fact excludes the defect.</div></footer>
<script>
{{> script}}
</script>
</body>
</html>
"""#

    static let fleet = #"""
<section id="fleet" class="fleet" aria-labelledby="fleet-title">
<h2 class="section-title" id="fleet-title">Fleet</h2>
<p class="lead">{{sentence}}.</p>
<div class="cards">
{{#cards}}<div class="card tone-{{tone}}"><span class="card-value">{{value}}</span><span class="card-label">{{label}}</span></div>
{{/cards}}
</div>
<div class="columns">
<section class="panel" aria-labelledby="actions-title">
<h3 id="actions-title">What to install</h3>
<ul class="bars">
{{#actions}}
{{> bar}}
{{/actions}}
</ul>
</section>
<section class="panel" aria-labelledby="sp-title">
<h3 id="sp-title">Machines by service pack</h3>
<ul class="bars">
{{#servicePacks}}
{{> bar}}
{{/servicePacks}}
</ul>
</section>
</div>
{{#hasDefects}}
<section class="panel" aria-labelledby="defects-title">
<h3 id="defects-title">Defects across the fleet</h3>
<div class="scroll"><table class="defects">
<thead><tr><th scope="col">Defect</th><th scope="col">Fixed in</th><th scope="col">Machines</th></tr></thead>
<tbody>
{{#defects}}
<tr><td><span class="mono strong">{{rule}}</span> {{title}} <span class="sev sev-{{severity}}">{{severity}}</span></td><td class="fixed-in">{{fix}}</td><td class="spread">{{#machines}}<p><span class="pill status-{{status}}">{{text}}</span> {{#hosts}}<a href="#{{anchor}}">{{name}}</a> {{/hosts}}</p>{{/machines}}</td></tr>
{{/defects}}
</tbody>
</table></div>
</section>
{{/hasDefects}}
<section class="panel" aria-labelledby="table-title">
<h3 id="table-title">All machines</h3>
<div id="host-controls" class="controls" hidden>
<label>Filter <input id="host-filter" type="search" placeholder="name, service pack, hotfix…" autocomplete="off"></label>
<label>Show <select id="host-needs"><option value="">all machines</option><option value="something">needing something</option><option value="nothing">nothing to install</option></select></label>
<span id="host-count" class="muted" aria-live="polite"></span>
</div>
<div class="scroll"><table id="host-table" class="hosts">
<thead><tr><th scope="col" data-type="text" aria-sort="ascending">Machine</th><th scope="col" data-type="number">Service pack</th><th scope="col" data-type="number">Install</th><th scope="col" data-type="text" class="optional">Minimum</th><th scope="col" data-type="text">Hotfixes</th><th scope="col" data-type="number" class="num">Confirmed</th><th scope="col" data-type="number" class="num">Likely</th><th scope="col" data-type="number" class="num">Exposed</th><th scope="col" data-type="number" class="num optional">Ruled out</th><th scope="col" data-type="number" class="num optional">Events</th><th scope="col" data-type="text" class="optional">Last event</th></tr></thead>
<tbody>
{{#rows}}
<tr class="tone-{{tone}}" data-needs="{{needs}}"><th scope="row" data-sort="{{name}}"><a href="#{{anchor}}">{{name}}</a></th><td data-label="Service pack" data-sort="{{servicePackOrder}}">{{servicePack}}</td><td data-label="Install" data-sort="{{installOrder}}" class="strong">{{install}}</td><td data-label="Minimum" class="optional">{{minimum}}</td><td data-label="Hotfixes">{{hotfixes}}</td><td data-label="Confirmed" class="num count-confirmed{{#confirmed.zero}} zero{{/confirmed.zero}}">{{confirmed.value}}</td><td data-label="Likely" class="num count-likely{{#likely.zero}} zero{{/likely.zero}}">{{likely.value}}</td><td data-label="Exposed" class="num count-exposed{{#exposed.zero}} zero{{/exposed.zero}}">{{exposed.value}}</td><td data-label="Ruled out" class="num zero optional">{{ruledOut.value}}</td><td data-label="Events" class="num optional" data-sort="{{events}}">{{eventsText}}</td><td data-label="Last event" class="nowrap optional">{{lastEvent}}</td></tr>
{{/rows}}
</tbody>
</table></div>
</section>
</section>
"""#

    /// One labelled bar of the fleet section: a share of the machines, and their names.
    static let bar = #"""
<li class="bar tone-{{tone}}"><div class="bar-head"><span class="bar-label">{{label}}</span><span class="bar-count">{{count}} of {{hostCount}}</span></div><svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true"><rect class="meter-back" width="100" height="6"/><rect class="meter-fill" width="{{percent}}" height="6"/></svg>{{#note}}<p class="small muted">{{.}}</p>{{/note}}<p class="chips">{{#hosts}}<a href="#{{anchor}}">{{name}}</a> {{/hosts}}</p></li>
"""#

    static let host = #"""
<article class="host tone-{{tone}}" id="{{anchor}}" aria-labelledby="{{anchor}}-name">
<header class="host-head">
<h3 id="{{anchor}}-name">{{name}}</h3>
<p class="host-meta"><span class="pill">{{servicePack}}</span> {{events}}{{#period}} · {{.}}{{/period}}</p>
</header>
<div class="verdict tone-{{recommendation.tone}}">
<p class="verdict-head">{{recommendation.headline}}</p>
<p>{{verdict}}</p>
</div>
<section class="panel">
<h4>What to install</h4>
{{#recommendation}}
{{#detail}}<p>{{.}}</p>{{/detail}}
{{#caveat}}<p class="muted">{{.}}</p>{{/caveat}}
{{#hotfixes}}<p>Apply hotfix <b>{{hotfix}}</b>{{#requires}} (it needs {{.}}){{/requires}}, for {{rules}}.</p>
{{/hotfixes}}
{{#hasResolves}}
<ul class="resolves">
{{#resolves}}<li><span class="pill status-{{status}}">{{status}}</span> <span class="mono">{{rule}}</span> {{title}} <span class="muted">— fixed by {{by}}</span></li>
{{/resolves}}
</ul>
{{/hasResolves}}
{{^hasResolves}}<p class="muted">Nothing found calls for a fix.</p>{{/hasResolves}}
{{/recommendation}}
</section>
<section class="panel">
<h4>What is known</h4>
<div class="scroll"><table class="facts">
<thead><tr><th scope="col">Fact</th><th scope="col">Value</th><th scope="col">Where it comes from</th></tr></thead>
<tbody>
{{#facts}}<tr{{#given}} class="given"{{/given}}><th scope="row" class="mono">{{name}}</th><td class="strong">{{value}}</td><td class="small">{{#given}}given in {{/given}}{{source}}</td></tr>
{{/facts}}
</tbody>
</table></div>
{{^facts}}<p class="muted">Nothing: the logs hold no version, boot, crash or service events, and no facts were given.</p>{{/facts}}
{{#factNotes}}<p class="small">Note: {{.}}</p>{{/factNotes}}
{{#conflicts}}<p class="small conflict">Conflict: {{.}}</p>{{/conflicts}}
</section>
{{#timeline}}
{{> timeline}}
{{/timeline}}
{{#trends}}
{{> trends}}
{{/trends}}
<section class="findings">
<h4>Findings</h4>
{{#noFindings}}<p class="muted">{{.}}</p>{{/noFindings}}
{{#hasDifferentials}}
<section class="differentials">
<h5>Shared symptoms</h5>
{{#differentials}}
<div class="differential">
<p class="strong">{{symptom}}: {{count}} candidate articles, best first</p>
<ol class="candidates">
{{#candidates}}<li><span class="pill status-{{status}}">{{status}}</span> {{#anchor}}<a class="mono" href="#{{.}}">{{rule}}</a>{{/anchor}}{{^anchor}}<span class="mono">{{rule}}</span>{{/anchor}} {{title}} <span class="muted">— fixed in {{fix}}</span></li>
{{/candidates}}
</ol>
<dl class="facts-list">
{{#ruledOut}}<div><dt>Ruled out</dt><dd>{{.}}</dd></div>{{/ruledOut}}
{{#distinguishers}}<div><dt>Tells them apart</dt><dd>{{.}}</dd></div>{{/distinguishers}}
{{#settle}}<div><dt>Would settle it</dt><dd><code>{{.}}</code></dd></div>{{/settle}}
<div><dt>Fix</dt><dd>{{fix}}</dd></div>
</dl>
</div>
{{/differentials}}
</section>
{{/hasDifferentials}}
{{#groups}}
<section class="group group-{{status}}">
<h5><span class="pill status-{{status}}">{{heading}}</span> <span class="muted">{{count}}</span></h5>
{{#findings}}
{{> finding}}
{{/findings}}
</section>
{{/groups}}
</section>
<details class="host-files"><summary>Files of {{name}} ({{fileCount}})</summary><ul>{{#files}}<li class="mono">{{.}}</li>{{/files}}</ul></details>
</article>
"""#

    static let finding = #"""
<article class="finding status-{{status}}" id="{{anchor}}">
<header class="finding-head">
<p class="finding-id"><span class="pill status-{{status}}">{{status}}</span> <span class="mono strong">{{rule}}</span> <span class="sev sev-{{severity}}">{{severity}}</span> <span class="muted">fixed in {{fix}}</span></p>
<p class="finding-title">{{title}}</p>
</header>
{{#isOpen}}<p>{{summary}}</p>{{/isOpen}}
{{#evidence}}
<div class="evidence">
<p class="evidence-head"><span class="strong">{{symptom}}</span> × {{count}}{{#supporting}} <span class="muted">(supporting)</span>{{/supporting}}{{#sameAs}} <span class="muted">— the same events as under <a href="#{{anchor}}">{{rule}}</a> above</span>{{/sameAs}}</p>
{{^sameAs}}
{{#details}}<p class="evidence-detail">{{.}}</p>{{/details}}
{{#bugchecks}}<p class="evidence-detail mono">{{.}}</p>{{/bugchecks}}
{{#hasEvents}}
<div class="scroll"><table class="events">
<thead><tr><th scope="col">Time</th><th scope="col">Source</th><th scope="col" class="num">ID</th><th scope="col">Where</th><th scope="col">Message</th></tr></thead>
<tbody>
{{#events}}<tr><td class="mono nowrap">{{time}}</td><td>{{source}}</td><td class="num">{{id}}</td><td class="mono small place">{{place}}</td><td class="message">{{excerpt}}</td></tr>
{{/events}}
</tbody>
</table></div>
{{#more}}<p class="small muted">{{.}}</p>{{/more}}
{{/hasEvents}}
{{/sameAs}}
</div>
{{/evidence}}
{{#hasMissing}}
<div class="missing"><p><span class="strong">Unknown:</span> {{#missing}}<code>{{name}}</code> {{/missing}}</p>
<p class="small">Settle it with {{#missing}}<code>{{argument}}</code> {{/missing}}or a facts file (<code>--facts FILE</code>).</p></div>
{{/hasMissing}}
{{#reason}}<p class="reason"><span class="strong">{{reasonLabel}}:</span> {{.}}</p>{{/reason}}
{{#isOpen}}<p class="remedy"><span class="strong">Remedy:</span> {{remedy}}</p>{{/isOpen}}
{{#fixNote}}<p class="small muted">{{.}}</p>{{/fixNote}}
<details class="checks"><summary>How this was decided</summary>
<ul>
{{#checks}}<li class="check check-{{result}}"><span class="check-result">{{result}}</span> {{text}}{{#detail}} — {{.}}{{/detail}}{{#source}} <span class="muted">({{.}})</span>{{/source}}</li>
{{/checks}}
</ul>
{{#references}}<p class="small">See also {{.}}.</p>{{/references}}
</details>
</article>
"""#

    static let timeline = #"""
<section class="timeline" aria-label="Timeline">
<h4>Timeline <span class="small muted">{{start}} to {{end}}, {{frame}}</span></h4>
<div class="tl">
<div class="tl-row tl-axis" aria-hidden="true"><span class="tl-label"></span><div class="tl-ticks">{{#ticks}}<span class="tl-tick" style="left: {{percent}}%">{{label}}</span>{{/ticks}}</div></div>
{{#tracks}}
<div class="tl-row tone-{{tone}}"><span class="tl-label">{{label}} <span class="muted">{{count}}</span></span><svg class="tl-track" viewBox="0 0 1000 24" preserveAspectRatio="none" role="img" aria-label="{{label}}: {{count}}"><line class="tl-base" x1="0" x2="1000" y1="12" y2="12" vector-effect="non-scaling-stroke"/>{{#ticks}}<line class="tl-grid" x1="{{x}}" x2="{{x}}" y1="0" y2="24" vector-effect="non-scaling-stroke"/>{{/ticks}}{{#marks}}<line class="tl-mark" x1="{{x}}" x2="{{x}}" y1="3" y2="21" vector-effect="non-scaling-stroke"><title>{{title}}</title></line>{{/marks}}</svg></div>
{{/tracks}}
</div>
</section>
"""#

    static let trends = #"""
<section class="trends" aria-label="Trends">
<h4>Trends <span class="small muted">{{heading}}</span></h4>
{{#counters}}
<figure class="trend{{#rising}} rising{{/rising}}">
<figcaption><span class="strong">{{name}}</span>{{summary}}</figcaption>
<div class="scroll">{{{chart}}}</div>
</figure>
{{/counters}}
{{#otherCounters}}<p class="small muted">{{.}}</p>{{/otherCounters}}
{{#hasWeekly}}
<p class="small muted">Matching events per week (weeks the logs cover at least 4 days of).</p>
{{#weekly}}
<div class="scroll"><table class="weekly">
<caption><span class="mono">{{rule}}</span> {{title}}</caption>
<thead><tr><th scope="col">Week of</th><th scope="col" class="num">Events</th><th scope="col" class="num">Days covered</th><th scope="col" aria-label="Bar"></th></tr></thead>
<tbody>
{{#weeks}}<tr><th scope="row" class="mono">{{week}}</th><td class="num">{{count}}</td><td class="num">{{days}}</td><td><svg class="week-bar" viewBox="0 0 200 12" width="200" height="12" role="img" aria-label="{{count}} events"><rect x="0" y="1" width="{{width}}" height="10" rx="2"/></svg></td></tr>
{{/weeks}}
</tbody>
</table></div>
{{/weekly}}
{{/hasWeekly}}
</section>
"""#

    static let files = #"""
<section id="files" class="files" aria-labelledby="files-title">
<h2 class="section-title" id="files-title">Files</h2>
{{#files}}
<div class="panel">
{{#roots}}<p class="small muted">In {{.}}:</p>{{/roots}}
<div class="scroll"><table class="inputs">
<thead><tr><th scope="col">File</th><th scope="col">Format</th><th scope="col">Encoding</th><th scope="col" class="num">Events</th><th scope="col" class="num">Recovered</th><th scope="col" class="num">Skipped</th><th scope="col">Problems</th></tr></thead>
<tbody>
{{#inputs}}<tr{{#failed}} class="failed"{{/failed}}><th scope="row" class="mono">{{path}}</th><td data-label="Format">{{format}}</td><td data-label="Encoding">{{encoding}}</td><td data-label="Events" class="num">{{events}}</td><td data-label="Recovered" class="num">{{recovered}}</td><td data-label="Skipped" class="num">{{skipped}}</td><td data-label="Problems" class="problem-cell">{{#hasProblems}}<ul class="problems">{{#problems}}<li class="mono">{{.}}</li>{{/problems}}{{#hiddenProblems}}<li>{{.}}</li>{{/hiddenProblems}}</ul>{{/hasProblems}}{{^hasProblems}}<span class="muted">none</span>{{/hasProblems}}</td></tr>
{{/inputs}}
</tbody>
</table></div>
{{#hasDuplicates}}
<h3 class="subhead">Overlapping exports</h3>
<p class="small muted">Events these files repeat from files read before them (same machine, log, record number or time, source and ID) were counted once.</p>
<ul class="plain">{{#duplicates}}<li><code>{{path}}</code>: {{events}} already in <code>{{alreadyIn}}</code></li>
{{/duplicates}}</ul>
{{/hasDuplicates}}
{{#hasSkipped}}
<h3 class="subhead">Not read</h3>
<ul class="plain">{{#skipped}}<li><code>{{path}}</code>: {{reason}}</li>
{{/skipped}}</ul>
{{/hasSkipped}}
</div>
{{/files}}
{{#notes}}<p class="small">Note: {{.}}</p>{{/notes}}
</section>
"""#
}
