import enUS from '../../../src/web/locales/en-US.json' with { type: 'json' };
import zhCN from '../../../src/web/locales/zh-CN.json' with { type: 'json' };

// The UI's own texts, read from its locale files, so that a reworded label does not break a
// journey while a missing translation (a raw key, or the other language) still does.
type Messages = { [key: string]: string | Messages };

const translator =
  (messages: Messages) =>
  (key: string, values: Record<string, string | number> = {}): string => {
    let node: string | Messages | undefined = messages;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`No text for "${key}" in the locale file`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
  };

export const zh = translator(zhCN as Messages);
export const en = translator(enUS as Messages);
