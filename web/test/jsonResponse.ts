/** A fetch answer as the Kunlun server sends it. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

export function errorResponse(status: number, code: string, message: string, details: Record<string, unknown> = {}): Response {
  return jsonResponse(status, { error: { code, message, details } });
}
