class Solution {
    public List<String> findItinerary(String[][] tickets) {
        Map<String, PriorityQueue<String>> out = new HashMap<>();
        for (String[] t : tickets) out.computeIfAbsent(t[0], k -> new PriorityQueue<>()).add(t[1]);
        LinkedList<String> route = new LinkedList<>();
        Deque<String> stack = new ArrayDeque<>();
        stack.push("JFK");
        while (!stack.isEmpty()) {
            PriorityQueue<String> next = out.get(stack.peek());
            if (next == null || next.isEmpty()) route.addFirst(stack.pop());
            else stack.push(next.poll());
        }
        return route;
    }
}
