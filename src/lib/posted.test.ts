import { describe, expect, it } from 'vitest';
import { fieldError } from './posted';

describe('a refused field’s message', () => {
	it('reads a plain field’s list of messages', () => {
		const p = { valid: false, data: {}, errors: { title: ['Required.', 'Too long.'] } };
		expect(fieldError(p as never, 'title')).toBe('Required. Too long.');
	});

	it('reads a list field, whose errors come by item, without failing the page', () => {
		// A meeting posted with a mission id of -2081582392: its errors are keyed by item.
		const p = { valid: false, data: {}, errors: { missionIds: { '0': ['Choose one.'] } } };
		expect(fieldError(p as never, 'missionIds')).toBe('Choose one.');
		const both = {
			valid: false,
			data: {},
			errors: { missionIds: { _errors: ['Too many.'], '1': ['Choose one.'] } }
		};
		expect(fieldError(both as never, 'missionIds')).toBe('Too many. Choose one.');
	});

	it('is empty when the field has nothing to say', () => {
		expect(fieldError(undefined, 'title')).toBeUndefined();
	});
});
