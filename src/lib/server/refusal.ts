/**
 * An expected refusal from a domain rule: the route turns it into a `fail()` (or an error
 * page) with the field it concerns, and the data stays as it was.
 */
export class Refusal extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 409,
		readonly field: string | null,
		message: string,
		/** Extra facts for the person, such as the newer values after a conflict. */
		readonly detail?: unknown
	) {
		super(message);
		this.name = 'Refusal';
	}
}
