// The pages' one stylesheet, inline and allowed by its hash in each page's Content-Security-Policy:
// nothing is loaded from elsewhere, and no other style can apply. Colours keep text at a 4.5:1
// contrast or more (WCAG 2.1 AA); the focus ring is visible on every background.

export const STYLE = `
:root{--ink:#1b1f24;--muted:#4a5563;--line:#c3cbd6;--panel:#f3f5f9;--blue:#1d3f9a;--blue-dark:#142c6e;--focus:#c2410c;
--yes:#146b2e;--yes-bg:#e4f3e8;--no:#a1261b;--no-bg:#fbe9e7;--wait:#7a4100;--wait-bg:#fff1dc;--unk:#4a5563;--unk-bg:#eceff3}
*{box-sizing:border-box}
html{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff}
body{margin:0;overflow-wrap:break-word}
a{color:var(--blue);text-underline-offset:.15em}
a:hover{color:var(--blue-dark);text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:.5rem;top:-3rem;background:#fff;padding:.5rem .75rem;z-index:10;border:2px solid var(--blue)}
.skip:focus{top:.5rem}
.wrap{max-width:74rem;margin:0 auto;padding:0 1rem}
header.site{border-bottom:4px solid var(--blue);background:#fff}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.5rem;padding-top:.6rem;padding-bottom:.6rem}
.brand{font-weight:700;font-size:1.15rem;color:var(--ink);text-decoration:none}
.brand span{display:block;font-weight:400;font-size:.85rem;color:var(--muted)}
nav.main ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;margin:0;padding:0}
nav.main a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
.switch{margin-left:auto;font-weight:600}
main{padding:1rem 0 2.5rem}
main:focus{outline:none}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1.08rem;margin:1.1rem 0 .4rem}
p,ul,ol,dl{margin:.4rem 0 .8rem}
.sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.lead{font-size:1.1rem;max-width:48rem}
.muted{color:var(--muted)}
ul.plain{list-style:none;padding:0;margin:0}
code,.mono{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
form.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end;margin:.5rem 0 1rem}
form.search .field{flex:1 1 20rem}
label{font-weight:600;display:block;margin-bottom:.2rem}
label.inline{display:inline;font-weight:400}
.hint{font-weight:400;color:var(--muted);font-size:.9rem}
input[type=search],input[type=text],textarea,select{font:inherit;padding:.45rem .6rem;border:2px solid var(--muted);border-radius:4px;background:#fff;color:var(--ink);max-width:100%}
input[type=search]{width:100%}
textarea{width:100%;min-height:14rem;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
button,.button{font:inherit;font-weight:600;padding:.5rem 1rem;border:2px solid var(--blue);border-radius:4px;background:var(--blue);color:#fff;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:#fff;color:var(--blue)}
button:hover{background:var(--blue-dark)}
button.secondary:hover{background:var(--panel)}
.cols{display:grid;grid-template-columns:17rem minmax(0,1fr);gap:2rem}
@media (max-width:50rem){.cols{grid-template-columns:1fr}}
.cols-4{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:0 1.5rem}
.cols-4 ul{padding-left:1.2rem}
fieldset{border:1px solid var(--line);border-radius:4px;margin:0 0 .8rem;padding:.3rem .7rem .5rem}
legend{font-weight:700;padding:0 .3rem}
.facet ul{list-style:none;padding:0;margin:.2rem 0}
.facet li{display:flex;gap:.4rem;align-items:flex-start;margin:.15rem 0}
.facet li label{font-weight:400;margin:0}
.facet input{margin-top:.3rem}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0}
.chips a{display:inline-block;border:1px solid var(--blue);border-radius:1rem;padding:.05rem .7rem;text-decoration:none}
.chips a:hover{background:var(--panel)}
.bar{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem 1rem}
ol.results{list-style:none;padding:0;margin:0}
.result{border:1px solid var(--line);border-radius:6px;padding:.7rem 1rem;margin:0 0 .8rem}
.result h3{margin:0 0 .2rem;font-size:1.1rem}
.result p{margin:.25rem 0}
.result dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem;margin:.4rem 0}
dt{font-weight:600}
dd{margin:0}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.3rem 1rem}
@media (max-width:40rem){dl.facts,.result dl{grid-template-columns:1fr}}
.tags{display:inline-flex;flex-wrap:wrap;gap:.3rem;list-style:none;padding:0;margin:0}
.tag{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.88rem;border:1px solid currentColor}
.yes{color:var(--yes);background:var(--yes-bg)}
.no{color:var(--no);background:var(--no-bg)}
.wait{color:var(--wait);background:var(--wait-bg)}
.unknown{color:var(--unk);background:var(--unk-bg)}
.answer{border-left:6px solid var(--blue);background:var(--panel);padding:.7rem 1rem;margin:.5rem 0 1rem}
.answer p{margin:.2rem 0;font-size:1.1rem}
.verdict{font-weight:700;padding:0 .35rem;border-radius:3px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.35rem .55rem;text-align:left;vertical-align:top}
thead th{background:var(--panel)}
.scroll{overflow-x:auto}
.graph svg{max-width:100%;height:auto;border:1px solid var(--line);border-radius:6px;background:#fff}
.graph .n-yes{fill:var(--yes-bg);stroke:var(--yes)}
.graph .n-no{fill:var(--no-bg);stroke:var(--no)}
.graph .n-unknown{fill:var(--unk-bg);stroke:var(--unk)}
.graph .weak{stroke-width:4}
.graph .arrow{fill:var(--muted)}
.graph .edge{stroke:var(--muted);stroke-width:1.5;fill:none}
.graph text{font:12px system-ui,sans-serif;fill:var(--ink)}
.graph text.small{font-size:11px;fill:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.3rem 1rem;list-style:none;padding:0;font-size:.9rem}
.listing{border:1px solid var(--line);border-radius:4px;overflow-x:auto;font-size:.82rem;margin:.5rem 0}
.listing .l{display:grid;grid-template-columns:3.5rem minmax(0,1fr);white-space:pre-wrap;overflow-wrap:anywhere}
.listing .n{color:var(--muted);text-align:right;padding-right:.7rem;user-select:none;border-right:1px solid var(--line)}
.listing .c{padding-left:.6rem;font-family:ui-monospace,Menlo,Consolas,monospace}
.listing .hit{background:var(--no-bg)}
.listing .note{margin:.2rem .5rem .4rem 4rem;padding:.3rem .6rem;border-left:4px solid var(--no);background:#fff;font-family:system-ui,sans-serif;font-size:.9rem;white-space:normal}
.listing .note.warning{border-color:var(--wait)}
.listing .gap{color:var(--muted);padding:.2rem 0 .2rem 4rem;font-style:italic}
.findings li{margin:.3rem 0}
.notice{border:2px solid var(--wait);background:var(--wait-bg);padding:.5rem .8rem;border-radius:4px}
.error{border:2px solid var(--no);background:var(--no-bg);padding:.5rem .8rem;border-radius:4px}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem;padding:1rem 0 2rem}
.compare th[scope=row]{background:var(--panel);width:12rem}
.compare td{min-width:12rem}
.compare thead a.noprint{font-weight:400;font-size:.9rem}
@media print{
header.site nav,.switch,.skip,footer.site,form,.noprint{display:none!important}
header.site{border-bottom:2px solid #000}
html{font-size:11pt}
a{color:#000}
.wrap{max-width:none;padding:0}
table{page-break-inside:auto}tr{page-break-inside:avoid}
.compare td,.compare th{min-width:0}
}
`.replace(/\n/g, '')

let hash: Promise<string> | undefined

/** `'sha256-…'` of STYLE, for the pages' `style-src`. */
export function styleHash(): Promise<string> {
  return (hash ??= (async () => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(STYLE))
    return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`
  })())
}
