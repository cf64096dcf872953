// Route guard of the pages for a logged-in citizen (city hall and xID linking): the session is
// checked in main first, and anyone else is sent to ログイン.
import { useSession } from '../../stores/session';

export async function citizenOnly(): Promise<true | { name: string }> {
  const session = await useSession().refresh();
  return session?.kind === 'citizen' ? true : { name: 'city.login' };
}
