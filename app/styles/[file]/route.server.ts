import { stylesheetResponse } from '@/app/_routes/styles';

// Server build: the site's stylesheets as files (see app/_routes/styles.ts).
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return stylesheetResponse((await params).file);
}
