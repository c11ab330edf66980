// Stored XSS payloads (gate T4). Each payload carries its own number N: when it runs it calls
// `__xss(N)` (a spy the browser page defines) or `alert(N)` (a dialog the page listens for), so a
// finding names the payload. The templates cover raw HTML, event handlers, URL schemes, SVG and
// MathML, attribute and JS-string breakouts, template literals, React/antd/ECharts/G6 specific
// sinks (href/src, title tooltips, ECharts tooltip HTML, G6 labels), each also with Chinese text
// around it, HTML-entity and URL-encoded.

export type Payload = { id: number; text: string; family: string };

const TEMPLATES: [family: string, template: (n: number) => string][] = [
  ['script', (n) => `<script>__xss(${n})</script>`],
  ['script', (n) => `<SCRIPT SRC=data:text/javascript,__xss(${n})></SCRIPT>`],
  ['script', (n) => `<script>alert(${n})</script>`],
  ['img', (n) => `<img src=x onerror=__xss(${n})>`],
  ['img', (n) => `<img src="x" onerror="alert(${n})">`],
  ['img', (n) => `<IMG SRC=/ onerror="__xss(${n})">`],
  ['svg', (n) => `<svg onload=__xss(${n})>`],
  ['svg', (n) => `<svg/onload=alert(${n})>`],
  ['svg', (n) => `<svg><script>__xss(${n})</script></svg>`],
  ['svg', (n) => `<svg><a xlink:href="javascript:__xss(${n})"><text x=9 y=9>点我</text></a></svg>`],
  ['svg', (n) => `<svg><animate onbegin=__xss(${n}) attributeName=x dur=1s>`],
  ['mathml', (n) => `<math><mtext><img src=x onerror=__xss(${n})></mtext></math>`],
  ['mathml', (n) => `<math href="javascript:__xss(${n})">点</math>`],
  ['handler', (n) => `<body onload=__xss(${n})>`],
  ['handler', (n) => `<details open ontoggle=__xss(${n})>`],
  ['handler', (n) => `<input autofocus onfocus=__xss(${n})>`],
  ['handler', (n) => `<video><source onerror=__xss(${n})></video>`],
  ['handler', (n) => `<div onmouseover=__xss(${n})>悬停</div>`],
  ['handler', (n) => `<marquee onstart=__xss(${n})>`],
  ['iframe', (n) => `<iframe src="javascript:__xss(${n})"></iframe>`],
  ['iframe', (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`],
  ['object', (n) => `<object data="javascript:__xss(${n})"></object>`],
  ['url', (n) => `javascript:__xss(${n})`],
  ['url', (n) => `JaVaScRiPt:alert(${n})`],
  ['url', (n) => `java\tscript:__xss(${n})`],
  ['url', (n) => `data:text/html,<script>parent.__xss(${n})</script>`],
  ['url', (n) => ` javascript:__xss(${n})//http://example.com`],
  ['breakout', (n) => `"><img src=x onerror=__xss(${n})>`],
  ['breakout', (n) => `'><svg onload=__xss(${n})>`],
  ['breakout', (n) => `" onmouseover="__xss(${n})" x="`],
  ['breakout', (n) => `' autofocus onfocus='__xss(${n})' x='`],
  ['breakout', (n) => `</title><script>__xss(${n})</script>`],
  ['breakout', (n) => `</textarea><script>__xss(${n})</script>`],
  ['breakout', (n) => `</style><script>__xss(${n})</script>`],
  ['js-string', (n) => `';__xss(${n});//`],
  ['js-string', (n) => `";__xss(${n});//`],
  ['template', (n) => `\${__xss(${n})}`],
  ['template', (n) => `{{constructor.constructor('__xss(${n})')()}}`],
  ['template', (n) => `\`;__xss(${n});\``],
  ['react', (n) => `{"__html":"<img src=x onerror=__xss(${n})>"}`],
  ['react', (n) => `<a href="javascript:__xss(${n})">官网</a>`],
  // antd Tooltip/title and ECharts tooltips (formatters build HTML strings) and G6 labels.
  ['chart', (n) => `<b style="color:red" onclick=__xss(${n})>客户</b>`],
  ['chart', (n) => `<img src=1 onerror=__xss(${n})>华南大区`],
  ['chart', (n) => `{a|<img src=x onerror=__xss(${n})>}`],
  ['css', (n) => `<style>@import 'javascript:__xss(${n})';</style>`],
  ['css', (n) => `<div style="background:url(javascript:__xss(${n}))">`],
  ['meta', (n) => `<meta http-equiv="refresh" content="0;url=javascript:__xss(${n})">`],
  ['form', (n) => `<form><button formaction=javascript:__xss(${n})>提交</button></form>`],
  ['base', (n) => `<base href="javascript:__xss(${n})//">`],
];

// Ways of wrapping a payload: as is, inside Chinese business text, HTML-entity encoded (a sink that
// decodes entities into markup is a bug), URL-encoded (a sink that decodes into markup or a URL).
const WRAPPERS: [name: string, wrap: (s: string) => string][] = [
  ['plain', (s) => s],
  ['chinese', (s) => `东莞市精密机械有限公司${s}（华南）`],
  ['entity', (s) => s.replaceAll('<', '&lt;').replaceAll('>', '&gt;')],
  ['url-encoded', (s) => encodeURIComponent(s)],
];

// `count` payloads (default: every template in every wrapper, 200), numbered from 1. The first
// ones are the raw templates, so a short run (the CI's 30) still tries each family.
export function payloads(count = TEMPLATES.length * WRAPPERS.length): Payload[] {
  const out: Payload[] = [];
  for (const [wrapper, wrap] of WRAPPERS) {
    for (const [family, template] of TEMPLATES) {
      if (out.length >= count) return out;
      const id = out.length + 1;
      out.push({ id, text: wrap(template(id)), family: `${family}/${wrapper}` });
    }
  }
  return out;
}

// The shortest payloads, for fields that hold only a few characters (tags, units).
export const shortPayload = (n: number) => `<svg onload=__xss(${n})>`;
