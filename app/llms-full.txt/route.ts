import { llmsResponse } from '../llms.txt/llms-response';

export const dynamic = 'force-static';

export function GET() {
  return llmsResponse(true);
}
