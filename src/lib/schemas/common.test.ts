import { describe, expect, it } from 'vitest';
import { optionalText, requiredText } from './common';

describe('text as people type it', () => {
	it('keeps everything after a NUL, less the NUL', () => {
		expect(requiredText().parse('before\u0000after')).toBe('beforeafter');
	});

	it('drops bidirectional overrides that would flip the page, and keeps accents and marks', () => {
		expect(optionalText().parse('Zoë Ñúñez\u200F (RTL\u202Etest)')).toBe(
			'Zoë Ñúñez\u200F (RTLtest)'
		);
		expect(optionalText().parse('\u2066isolated\u2069 مرحبا')).toBe('isolated مرحبا');
	});

	it('keeps tabs and line breaks', () => {
		expect(optionalText().parse('one\ttwo\nthree\r\nfour')).toBe('one\ttwo\nthree\r\nfour');
	});

	it('counts a text of controls only as empty', () => {
		const refused = requiredText().safeParse('\u0000\u0007\u202E');
		expect(refused.success).toBe(false);
	});
});
