/**
 * HTML page templates (templates/*.html.hbs). Templates wrap content the
 * renderers produced; they do not walk the agreements. Handlebars escapes
 * every {{value}}; only pre-rendered, escaped fragments go in {{{triple}}}.
 * Prototype access stays at Handlebars' safe default.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { packageTemplates } from '../../document/wording.js';

const hbs = Handlebars.create();
let partialsLoaded = false;
const compiled = new Map<string, HandlebarsTemplateDelegate>();

export function renderHtmlTemplate(name: string, data: Record<string, unknown>): string {
  if (!partialsLoaded) {
    const dir = join(packageTemplates, 'partials');
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.hbs')) hbs.registerPartial(file.replace(/\.hbs$/, ''), readFileSync(join(dir, file), 'utf8'));
    }
    partialsLoaded = true;
  }
  let template = compiled.get(name);
  if (!template) {
    template = hbs.compile(readFileSync(join(packageTemplates, `${name}.html.hbs`), 'utf8'), { strict: true });
    compiled.set(name, template);
  }
  return template(data);
}
