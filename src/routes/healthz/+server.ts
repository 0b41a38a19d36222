import { json } from '@sveltejs/kit';
import { client, migrateDatabase } from '$lib/server/db';

export const GET = async () => {
	await migrateDatabase();
	const { rows } = await client.execute('select count(*) as n from __drizzle_migrations');
	return json({ status: 'ok', migrations: Number(rows[0].n) });
};
