class Solution {
    public List<String> findItinerary(List<List<String>> tickets) {
        Map<String, PriorityQueue<String>> out = new HashMap<>();
        for (List<String> t : tickets) out.computeIfAbsent(t.get(0), k -> new PriorityQueue<>()).add(t.get(1));
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
