import { describe, expect, it } from 'vitest';
import { problemConfigSchema } from '@quickcode/protocol';
import { starterCode } from './starter-code.js';
import { snakeCase } from './value-types.js';

const config = (extra: Record<string, unknown>) => problemConfigSchema.parse({ title: 'T', difficulty: 'Easy', samples: ['01'], ...extra });

const param = (name: string, type: string) => ({ name, type });

const twoSum = config({ kind: 'function', function: { name: 'twoSum', params: [param('nums', 'int[]'), param('target', 'int')], returns: 'int[]' } });
const reverse = config({ kind: 'function', function: { name: 'reverseList', params: [{ name: 'head', type: 'ListNode' }], returns: 'ListNode' } });
const merge = config({ kind: 'function', function: { name: 'merge', params: [{ name: 'intervals', type: 'int[][]' }], returns: 'int[][]' } });
const minStack = config({
  kind: 'design',
  design: {
    className: 'MinStack',
    methods: [
      { name: 'push', params: [{ name: 'val', type: 'int' }], returns: 'void' },
      { name: 'getMin', params: [], returns: 'int' },
    ],
  },
});

describe('starterCode', () => {
  it("uses LeetCode's signatures for a function problem", () => {
    const s = starterCode(twoSum);
    expect(s.python).toBe('class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        ');
    expect(s.cpp).toContain('    vector<int> twoSum(vector<int>& nums, int target) {');
    expect(s.java).toContain('    public int[] twoSum(int[] nums, int target) {');
    expect(s.javascript).toContain(' * @param {number[]} nums\n * @param {number} target\n * @return {number[]}\n */\nvar twoSum = function(nums, target) {');
    expect(s.typescript).toBe('function twoSum(nums: number[], target: number): number[] {\n    \n};');
    expect(s.go).toBe('func twoSum(nums []int, target int) []int {\n    \n}');
    expect(s.rust).toBe('impl Solution {\n    pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> {\n        \n    }\n}');
    expect(s.c).toContain('int* twoSum(int* nums, int numsSize, int target, int* returnSize) {');
  });

  it("declares Java's List parameters and results where LeetCode does, and the same sequences elsewhere", () => {
    const itinerary = config({ kind: 'function', function: { name: 'findItinerary', params: [param('tickets', 'list<list<string>>')], returns: 'list<string>' } });
    const s = starterCode(itinerary);
    expect(s.java).toContain('    public List<String> findItinerary(List<List<String>> tickets) {');
    expect(s.python).toContain('def findItinerary(self, tickets: List[List[str]]) -> List[str]:');
    expect(s.cpp).toContain('vector<string> findItinerary(vector<vector<string>>& tickets) {');
    expect(s.go).toBe('func findItinerary(tickets [][]string) []string {\n    \n}');
    const mixed = config({ kind: 'function', function: { name: 'f', params: [param('a', 'list<int[]>'), param('b', 'list<int>')], returns: 'list<list<int>>' } });
    expect(starterCode(mixed).java).toContain('    public List<List<Integer>> f(List<int[]> a, List<Integer> b) {');
    expect(() => config({ kind: 'function', function: { name: 'f', params: [param('a', 'list<ListNode>')], returns: 'int' } })).toThrow();
    expect(() => config({ kind: 'function', function: { name: 'f', params: [param('a', 'list<list<list<int>>>')], returns: 'int' } })).toThrow();
  });

  it('shows the commented ListNode definition and uses the node types', () => {
    const s = starterCode(reverse);
    expect(s.python).toMatch(/^# Definition for singly-linked list\.\n# class ListNode:/);
    expect(s.python).toContain('def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:');
    expect(s.cpp).toContain('ListNode* reverseList(ListNode* head)');
    expect(s.typescript).toContain('function reverseList(head: ListNode | null): ListNode | null {');
    expect(s.rust).toContain('pub fn reverse_list(head: Option<Box<ListNode>>) -> Option<Box<ListNode>> {');
    expect(s.c).toContain('struct ListNode* reverseList(struct ListNode* head) {');
    expect(s.go).toContain('func reverseList(head *ListNode) *ListNode {');
  });

  it("uses LeetCode's C conventions for 2-D arrays", () => {
    expect(starterCode(merge).c).toContain('int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {');
  });

  it('writes design classes with their usage comment', () => {
    const s = starterCode(minStack);
    expect(s.python).toContain('class MinStack:\n\n    def __init__(self):\n        \n\n    def push(self, val: int) -> None:');
    expect(s.python).toContain('# param_2 = obj.getMin()');
    expect(s.java).toContain('    public MinStack() {');
    expect(s.go).toContain('func Constructor() MinStack {');
    expect(s.go).toContain('func (this *MinStack) GetMin() int {');
    expect(s.rust).toContain('    fn get_min(&self) -> i32 {');
    expect(s.c).toContain('void minStackPush(MinStack* obj, int val) {');
    expect(s.c).toContain('void minStackFree(MinStack* obj) {');
    expect(s.javascript).toContain('MinStack.prototype.getMin = function() {');
  });

  it('gives stdio problems a program that reads standard input', () => {
    const s = starterCode(config({ kind: 'stdio' }));
    expect(Object.keys(s).sort()).toEqual(['c', 'cpp', 'go', 'java', 'javascript', 'python', 'rust', 'typescript']);
    expect(s.java).toContain('public class Main');
    expect(s.python).toContain('sys.stdin');
  });

  it('converts names to snake_case as LeetCode does for Rust', () => {
    expect(snakeCase('getMin')).toBe('get_min');
    expect(snakeCase('twoSum')).toBe('two_sum');
    expect(snakeCase('isValid')).toBe('is_valid');
    expect(snakeCase('maxDepth')).toBe('max_depth');
  });
});
