import { SearchRoute, searchMetadata, searchStaticParams, type SearchRouteProps } from '@/app/_routes/search-page';

// The search page under the "search" segment; rendered per request, for the languages
// whose routing config names this segment.
export const dynamicParams = false;
export const generateStaticParams = () => searchStaticParams('search');
export const generateMetadata = searchMetadata;
export default function SearchPage(props: SearchRouteProps) {
  return SearchRoute(props, 'search');
}
