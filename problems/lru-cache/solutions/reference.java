class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> data = new LinkedHashMap<>(16, 0.75f, true);

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }
    
    public int get(int key) {
        Integer v = data.get(key);
        return v == null ? -1 : v;
    }
    
    public void put(int key, int value) {
        data.put(key, value);
        if (data.size() > capacity) {
            Iterator<Integer> eldest = data.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }
}

/**
 * Your LRUCache object will be instantiated and called as such:
 * LRUCache obj = new LRUCache(capacity);
 * int param_1 = obj.get(key);
 * obj.put(key,value);
 */
