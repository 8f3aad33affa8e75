/**
 * Fills `{name}` placeholders. Client islands receive their strings as plain templates from the
 * server, so they need no message-format runtime; messages used this way avoid plural forms.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
