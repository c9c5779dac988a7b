/**
 * @module
 * The one way a message with values is filled: catalogues hold plain
 * `{placeholder}` templates (so a catalogue is data: JSON-able, checked key
 * by key against Japanese), and this puts the values in.
 */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
