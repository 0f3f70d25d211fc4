import java.util.Scanner;

public class Main {
  static volatile long sink;

  public static void main(String[] args) {
    Scanner in = new Scanner(System.in);
    long a = in.nextLong();
    while (true) sink = a++;
  }
}
