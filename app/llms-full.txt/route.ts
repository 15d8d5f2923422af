import { llmsResponse } from '@/app/_routes/llms';

export const dynamic = 'force-static';

export function GET() {
  return llmsResponse(true);
}
