// LeetCode's Java signature: List<String> findItinerary(List<List<String>> tickets).
class Solution {
    Map<String, PriorityQueue<String>> graph = new HashMap<>();
    LinkedList<String> route = new LinkedList<>();

    public List<String> findItinerary(List<List<String>> tickets) {
        for (List<String> t : tickets) graph.computeIfAbsent(t.get(0), k -> new PriorityQueue<>()).add(t.get(1));
        visit("JFK");
        return route;
    }

    void visit(String airport) {
        PriorityQueue<String> next = graph.get(airport);
        while (next != null && !next.isEmpty()) visit(next.poll());
        route.addFirst(airport);
    }
}
