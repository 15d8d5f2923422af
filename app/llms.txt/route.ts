import { llmsResponse } from './llms-response';

export const dynamic = 'force-static';

export function GET() {
  return llmsResponse(false);
}
