class Solution {
    public int leastInterval(char[] tasks, int n) {
        int[] counts = new int[26];
        for (char t : tasks) counts[t - 'A']++;
        int top = 0, ties = 0;
        for (int c : counts) top = Math.max(top, c);
        for (int c : counts) if (c == top) ties++;
        return Math.max(tasks.length, (top - 1) * (n + 1) + ties);
    }
}
