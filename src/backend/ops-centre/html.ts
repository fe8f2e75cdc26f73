// HTML built by a tagged template that escapes every interpolated value unless it is already
// markup made by this template: what a terminal sends (a serial, a device id, an error code)
// reaches the page only as text, so a hostile terminal cannot script the operators' browser.

export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = string | number | bigint | Markup | readonly Markup[] | null | undefined;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function render(v: Value): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Markup) return v.text;
  if (Array.isArray(v)) return v.map(render).join('');
  return escapeHtml(String(v));
}

export function html(parts: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(parts.reduce((out, part, i) => out + render(values[i - 1] as Value) + part));
}
