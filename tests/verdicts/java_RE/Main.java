import java.util.Scanner;

public class Main {
  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    int a = in.nextInt(), b = in.nextInt();
    int[] sums = new int[1];
    System.out.println(sums[a + b]);
  }
}
