import type { LanguageId } from '@quickcode/protocol';

/** A snippet in Monaco's syntax: `${1:name}` tab stops, `$0` the final cursor. */
export interface Snippet {
  label: string;
  body: string;
  detail: string;
}

export interface CompletionWords {
  keywords: string[];
  builtins: string[];
  snippets: Snippet[];
}

const words = (text: string) => text.trim().split(/\s+/);

/**
 * What the editor offers while typing in languages Monaco has no language service for
 * (JavaScript and TypeScript use Monaco's own). Builtins lean to what solutions use.
 */
export const completionWords: Partial<Record<LanguageId, CompletionWords>> = {
  python: {
    keywords: words(
      'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield',
    ),
    builtins: words(
      'abs all any bin bool chr dict divmod enumerate filter float frozenset hash hex int isinstance len list map max min next ord pow print range reversed round set sorted str sum tuple zip ' +
        'List Dict Set Tuple Optional deque defaultdict Counter heapq heappush heappop heapify bisect_left bisect_right lru_cache cache inf math collections self',
    ),
    snippets: [
      { label: 'for in range', body: 'for ${1:i} in range(${2:n}):\n\t$0', detail: 'Loop over a range' },
      { label: 'for enumerate', body: 'for ${1:i}, ${2:x} in enumerate(${3:nums}):\n\t$0', detail: 'Loop with index' },
      { label: 'def', body: 'def ${1:name}(self, ${2:args}):\n\t$0', detail: 'Method' },
      { label: 'while', body: 'while ${1:condition}:\n\t$0', detail: 'While loop' },
    ],
  },
  cpp: {
    keywords: words(
      'auto bool break case char class const constexpr continue default delete do double else enum false float for if inline int long namespace new nullptr private protected public return short signed sizeof static struct switch template this true typedef typename unsigned using virtual void while',
    ),
    builtins: words(
      'vector string unordered_map unordered_set map set pair queue priority_queue stack deque make_pair sort reverse max min swap abs begin end size push_back pop_back emplace_back insert erase find count empty front back top push pop lower_bound upper_bound INT_MAX INT_MIN accumulate ListNode TreeNode',
    ),
    snippets: [
      { label: 'for i', body: 'for (int ${1:i} = 0; ${1:i} < ${2:n}; ${1:i}++) {\n\t$0\n}', detail: 'Counted loop' },
      { label: 'for range', body: 'for (auto& ${1:x} : ${2:nums}) {\n\t$0\n}', detail: 'Range loop' },
      { label: 'if', body: 'if (${1:condition}) {\n\t$0\n}', detail: 'If statement' },
    ],
  },
  c: {
    keywords: words(
      'auto bool break case char const continue default do double else enum extern false float for goto if int long register return short signed sizeof static struct switch true typedef union unsigned void volatile while',
    ),
    builtins: words('malloc calloc realloc free memset memcpy strlen strcmp strcpy printf scanf qsort abs NULL INT_MAX INT_MIN returnSize'),
    snippets: [
      { label: 'for i', body: 'for (int ${1:i} = 0; ${1:i} < ${2:n}; ${1:i}++) {\n\t$0\n}', detail: 'Counted loop' },
      { label: 'malloc array', body: '${1:int}* ${2:out} = malloc(sizeof(${1:int}) * ${3:n});', detail: 'Allocate an array' },
    ],
  },
  java: {
    keywords: words(
      'abstract boolean break byte case catch char class continue default do double else enum extends final finally float for if implements import instanceof int interface long new null private protected public return short static super switch this throw throws try void while var true false',
    ),
    builtins: words(
      'String Integer Long Double Boolean Character List ArrayList LinkedList Map HashMap TreeMap Set HashSet TreeSet Deque ArrayDeque Queue PriorityQueue Stack Arrays Collections Math StringBuilder length size get put getOrDefault containsKey add remove isEmpty ListNode TreeNode',
    ),
    snippets: [
      { label: 'for i', body: 'for (int ${1:i} = 0; ${1:i} < ${2:n}; ${1:i}++) {\n\t$0\n}', detail: 'Counted loop' },
      { label: 'for each', body: 'for (${1:int} ${2:x} : ${3:nums}) {\n\t$0\n}', detail: 'Enhanced for loop' },
      { label: 'new HashMap', body: 'Map<${1:Integer}, ${2:Integer}> ${3:map} = new HashMap<>();', detail: 'A hash map' },
    ],
  },
  go: {
    keywords: words('break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var nil true false'),
    builtins: words('append cap close copy delete len make new panic print println int int64 float64 string bool byte rune error sort strings strconv math ListNode TreeNode'),
    snippets: [
      { label: 'for range', body: 'for ${1:i}, ${2:x} := range ${3:nums} {\n\t$0\n}', detail: 'Range loop' },
      { label: 'for i', body: 'for ${1:i} := 0; ${1:i} < ${2:n}; ${1:i}++ {\n\t$0\n}', detail: 'Counted loop' },
      { label: 'if err', body: 'if err != nil {\n\t$0\n}', detail: 'Error check' },
    ],
  },
  rust: {
    keywords: words('as break const continue crate else enum false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while'),
    builtins: words(
      'Vec String Option Some None Result Ok Err Box Rc RefCell HashMap HashSet BTreeMap VecDeque BinaryHeap len push pop iter into_iter collect unwrap clone insert contains_key get max min abs i32 i64 usize f64 bool char ListNode TreeNode',
    ),
    snippets: [
      { label: 'for in', body: 'for ${1:x} in ${2:nums}.iter() {\n\t$0\n}', detail: 'Loop over an iterator' },
      { label: 'let mut', body: 'let mut ${1:name} = ${2:value};', detail: 'Mutable binding' },
      { label: 'match', body: 'match ${1:value} {\n\t${2:pattern} => $0,\n}', detail: 'Match expression' },
    ],
  },
};
