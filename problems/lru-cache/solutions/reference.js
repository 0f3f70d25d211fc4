/**
 * @param {number} capacity
 */
var LRUCache = function(capacity) {
    this.capacity = capacity;
    this.data = new Map(); // a Map iterates in insertion order: the first key is the least recent
};

/**
 * @param {number} key
 * @return {number}
 */
LRUCache.prototype.get = function(key) {
    if (!this.data.has(key)) return -1;
    const value = this.data.get(key);
    this.data.delete(key);
    this.data.set(key, value);
    return value;
};

/**
 * @param {number} key
 * @param {number} value
 * @return {void}
 */
LRUCache.prototype.put = function(key, value) {
    this.data.delete(key);
    this.data.set(key, value);
    if (this.data.size > this.capacity) this.data.delete(this.data.keys().next().value);
};

/** 
 * Your LRUCache object will be instantiated and called as such:
 * var obj = new LRUCache(capacity)
 * var param_1 = obj.get(key)
 * obj.put(key,value)
 */
