class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Pair<Integer, Integer>> pq = new PriorityQueue<>((a, b) -> a.getKey() - b.getKey());
        for (int i = 0; i < nums.length; i++) {
            pq.offer(new Pair<>(nums[i], i));
            if (pq.size() > k) pq.poll();
        }
        return pq.peek().getKey();
    }
}
