import { HomePage } from '@/components/pages/HomePage';
import { getModel } from '@/lib/sources';

/** `/`. */
export default async function HomeRoute() {
  return <HomePage model={await getModel()} />;
}
