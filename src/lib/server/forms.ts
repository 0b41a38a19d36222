/**
 * The posted form, or an empty one when the body cannot be read (a truncated upload, a wrong
 * content type): a malformed request is answered as invalid input, never as a server error.
 */
export async function readForm(request: Request): Promise<FormData> {
	try {
		return await request.formData();
	} catch {
		return new FormData();
	}
}
