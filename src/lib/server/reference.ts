import { asc } from 'drizzle-orm';
import { db } from './db';
import { serviceLines } from './db/schema';

export async function listServiceLines() {
	return db.select().from(serviceLines).orderBy(asc(serviceLines.nameEn));
}
