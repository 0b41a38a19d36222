import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const catalogue = (locale: string): Record<string, string> => {
	const { $schema: _, ...messages } = JSON.parse(
		readFileSync(path.resolve('messages', `${locale}.json`), 'utf8')
	);
	return messages;
};
const en = catalogue('en');
const fr = catalogue('fr');
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (name === 'paraglide') return [];
		if (statSync(full).isDirectory()) return sources(full);
		return /\.(svelte|ts)$/.test(name) ? [full] : [];
	});
}

describe('message catalogues', () => {
	it('have the same keys in English and French', () => {
		expect(Object.keys(fr).filter((k) => !(k in en))).toEqual([]);
		expect(Object.keys(en).filter((k) => !(k in fr))).toEqual([]);
	});

	it('have no empty message and the same placeholders in both languages', () => {
		for (const key of Object.keys(en)) {
			expect(en[key].trim(), key).not.toBe('');
			expect(fr[key]?.trim(), key).not.toBe('');
			expect(params(fr[key] ?? ''), key).toEqual(params(en[key]));
		}
	});

	it('hold every key the code asks for', () => {
		const used = new Set<string>();
		for (const file of sources(path.resolve('src'))) {
			const text = readFileSync(file, 'utf8');
			if (!text.includes('paraglide/messages')) continue;
			for (const match of text.matchAll(/\bm\.([a-z][a-z0-9_]*)\b/g)) {
				used.add(match[1]);
			}
		}
		expect([...used].filter((key) => !(key in en))).toEqual([]);
	});
});
