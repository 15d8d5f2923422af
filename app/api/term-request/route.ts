import { handleTermRequestPost } from '@/lib/feedback/http';
import { siteEndpointDeps } from '@/lib/feedback/server';

// POST only (the proxy lets POST through to this path and no other); contract in docs/feedback.md.
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleTermRequestPost(request, siteEndpointDeps());
}
