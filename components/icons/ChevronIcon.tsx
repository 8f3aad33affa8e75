import { iconProps } from './iconProps';

/**
 * A chevron towards the start or the end of the line: it points left or right as the text around it runs,
 * where the ‹ › characters kept their left-to-right shapes in the Arabic interface.
 */
export function ChevronIcon({ towards }: { towards: 'start' | 'end' }) {
  return (
    <svg {...iconProps} className="chevron">
      <path d={towards === 'start' ? 'M15 18l-6-6 6-6' : 'M9 18l6-6-6-6'} />
    </svg>
  );
}
