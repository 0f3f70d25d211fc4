class Solution {
    public int ladderLength(String beginWord, String endWord, List<String> wordList) {
        Set<String> words = new HashSet<>(wordList);
        if (!words.contains(endWord)) return 0;
        words.remove(beginWord);
        List<String> frontier = new ArrayList<>(List.of(beginWord));
        for (int steps = 2; !frontier.isEmpty(); steps++) {
            List<String> next = new ArrayList<>();
            for (String word : frontier) {
                char[] w = word.toCharArray();
                for (int i = 0; i < w.length; i++) {
                    char orig = w[i];
                    for (char c = 'a'; c <= 'z'; c++) {
                        if (c == orig) continue;
                        w[i] = c;
                        String cand = new String(w);
                        if (words.remove(cand)) {
                            if (cand.equals(endWord)) return steps;
                            next.add(cand);
                        }
                    }
                    w[i] = orig;
                }
            }
            frontier = next;
        }
        return 0;
    }
}
