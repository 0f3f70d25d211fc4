import javafx.util.Pair;
import java.util.*;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        List<Pair<Integer, Integer>> items = new ArrayList<>();
        for (int i = 0; i < nums.length; i++) items.add(new Pair<>(nums[i], i));
        items.sort((a, b) -> a.getKey() - b.getKey());
        int lo = 0, hi = items.size() - 1;
        while (lo < hi) {
            int sum = items.get(lo).getKey() + items.get(hi).getKey();
            if (sum == target) return new int[] { items.get(lo).getValue(), items.get(hi).getValue() };
            if (sum < target) lo++;
            else hi--;
        }
        System.out.println("not found");
        return new int[0];
    }
}
