class Solution {
    public boolean isNStraightHand(int[] hand, int groupSize) {
        if (hand.length % groupSize != 0) return false;
        TreeMap<Integer, Integer> count = new TreeMap<>();
        for (int x : hand) count.merge(x, 1, Integer::sum);
        for (int v : count.keySet()) {
            int c = count.get(v);
            if (c == 0) continue;
            for (int w = v; w < v + groupSize; w++) {
                Integer have = count.get(w);
                if (have == null || have < c) return false;
                count.put(w, have - c);
            }
        }
        return true;
    }
}
