import { handleFeedbackPost } from '@/lib/feedback/http';
import { siteEndpointDeps } from '@/lib/feedback/server';

// POST only (the proxy lets POST through here and to no other page). Fields and answers:
// README, "Reader feedback" (docs/feedback.md until it moves there); logic in lib/feedback/http.ts.
export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return handleFeedbackPost(request, siteEndpointDeps());
}
